package cn.dangjian.common.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.provider.HasListDataView;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.function.Function;

/**
 * Query parameters of links into a list (the dashboards' click-throughs: {@code ?status=PROBATIONARY&branch=12})
 * put into that list's filter fields. A malformed or unknown value is ignored: the list shows unfiltered.
 */
public final class LinkParameters {

    private LinkParameters() {}

    public static Optional<String> text(BeforeEnterEvent event, String name) {
        return event.getLocation().getQueryParameters().getSingleParameter(name);
    }

    public static Optional<Long> number(BeforeEnterEvent event, String name) {
        try {
            return text(event, name).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static <E extends Enum<E>> Optional<E> constant(BeforeEnterEvent event, String name, Class<E> type) {
        try {
            return text(event, name).map(v -> Enum.valueOf(type, v));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Selects the field's item whose key (e.g. its id) equals the parameter's, if the field offers one. */
    public static <T, K> void select(
            BeforeEnterEvent event,
            String name,
            Function<String, K> parse,
            HasListDataView<T, ?> field,
            Function<T, K> key) {
        try {
            Optional<K> wanted = text(event, name).map(parse);
            wanted.flatMap(k -> field.getListDataView()
                            .getItems()
                            .filter(t -> k.equals(key.apply(t)))
                            .findFirst())
                    .ifPresent(t -> setValue(field, t));
        } catch (IllegalArgumentException e) {
            // A malformed value leaves the field as it was.
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void setValue(HasListDataView<T, ?> field, T value) {
        ((HasValue<?, T>) field).setValue(value);
    }
}
