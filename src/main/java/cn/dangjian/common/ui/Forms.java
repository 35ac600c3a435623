package cn.dangjian.common.ui;

import com.vaadin.flow.data.binder.Setter;

/**
 * Forms over input records: a {@code Binder<SomeInput>} reads the record into the fields and checks them on save, and
 * the form then builds a new record from the field values (records have no setters; the service validates again).
 */
public final class Forms {

    private Forms() {}

    /** The setter of a binding whose value the form reads from its field when it builds the record. */
    public static <R, V> Setter<R, V> builtOnSave() {
        return (record, value) -> {};
    }
}
