package cn.dangjian.common.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import org.jspecify.annotations.Nullable;

/**
 * Typed values of grid columns for {@link GridExport}. The grid sends every value to the browser as text, so a
 * column that shows a number or a date registers its typed value here when it is made, and the export writes a
 * number or date cell from it; any other column is exported as the text the grid shows.
 */
public final class ExportedColumns {

    private static final String KEY = ExportedColumns.class.getName();

    private ExportedColumns() {}

    /** Adds a column showing the value, and records the value (a Number, LocalDate, …) for the export. */
    public static <T, V> Grid.Column<T> add(Grid<T> grid, ValueProvider<T, V> value) {
        Grid.Column<T> column = grid.addColumn(value);
        set(column, value);
        return column;
    }

    /** Gives an existing column its value in the file: a typed value where it shows text, or a component column's. */
    public static <T> Grid.Column<T> set(Grid.Column<T> column, ValueProvider<T, ?> value) {
        ComponentUtil.setData(column, KEY, value);
        return column;
    }

    @SuppressWarnings("unchecked")
    static <T> @Nullable ValueProvider<T, ?> of(Grid.Column<T> column) {
        return (ValueProvider<T, ?>) ComponentUtil.getData(column, KEY);
    }
}
