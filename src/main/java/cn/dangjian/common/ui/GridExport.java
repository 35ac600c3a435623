package cn.dangjian.common.ui;

import cn.dangjian.common.export.XlsxWriter;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnPathRenderer;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.provider.DataCommunicator;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The 导出 button of a grid: writes what the user sees (the grid's own data provider, so the same scoped service
 * query with the current filter and sort; the visible columns with their headers in the user's language) to a
 * streamed .xlsx. A column shows in the file when its values can be read: columns made with
 * {@code addColumn(ValueProvider)} (their value keeps its type: a LocalDate stays a date), or columns given a value
 * with {@link #column}; component-only columns (badges, buttons) are left out unless given one. While the file is
 * being written the button is disabled and a progress bar counts the rows.
 */
public final class GridExport<T> extends Composite<HorizontalLayout> {

    static final int PAGE = 500;
    private static final Field PROVIDER = providerField();

    private final Grid<T> grid;
    private final String sheetName;
    private final Map<Grid.Column<T>, ValueProvider<T, ?>> values = new IdentityHashMap<>();
    private final Anchor anchor;
    private final ProgressBar progress = new ProgressBar();
    private final Span count = new Span();

    private GridExport(Grid<T> grid, String fileName) {
        this.grid = grid;
        this.sheetName = fileName;
        Button button = new Button(grid.getTranslation("action.export"), VaadinIcon.DOWNLOAD_ALT.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        anchor = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(fileName + ".xlsx");
                    event.setContentType(XlsxWriter.CONTENT_TYPE);
                    UI ui = event.getUI();
                    ui.access(() -> working(true, 0, -1));
                    try {
                        writeTo(
                                event.getOutputStream(),
                                event.getSession(),
                                (done, total) -> ui.access(() -> working(true, done, total)));
                    } finally {
                        ui.access(() -> working(false, 0, -1));
                    }
                },
                "");
        anchor.add(button);
        // Views often give the grid its id after making the export (field initialisers): name the link on attach.
        anchor.addAttachListener(e -> grid.getId().ifPresent(id -> anchor.setId(id + "-export")));
        progress.setWidth("8em");
        progress.setVisible(false);
        count.setVisible(false);
        getContent().setAlignItems(FlexComponent.Alignment.CENTER);
        getContent().add(anchor, progress, count);
    }

    public static <T> GridExport<T> of(Grid<T> grid, String fileName) {
        return new GridExport<>(grid, fileName);
    }

    /** Gives a column its value in the file: for component columns, or a typed value where the grid shows text. */
    public GridExport<T> column(Grid.Column<T> column, ValueProvider<T, ?> value) {
        values.put(column, value);
        return this;
    }

    /** Receives the rows written so far and the total when known (−1 when not). */
    public interface Progress {
        void at(int done, int total);
    }

    /**
     * Writes the file. The grid's state (columns, query, provider) is read under the session's lock; the rows are
     * then fetched page by page and written without it, so the UI stays responsive and can show progress.
     */
    public void writeTo(OutputStream out, @Nullable VaadinSession session, Progress listener) {
        Snapshot<T> s;
        if (session != null) {
            session.lock();
            try {
                s = snapshot();
            } finally {
                session.unlock();
            }
        } else {
            s = snapshot();
        }
        int total = s.size();
        try (XlsxWriter xlsx = new XlsxWriter(out)) {
            XlsxWriter.Sheet sheet = xlsx.sheet(s.sheetName(), s.headers());
            if (s.provider().isInMemory()) {
                try (Stream<T> rows = s.provider().fetch(s.query(0, Integer.MAX_VALUE))) {
                    rows.forEach(row -> sheet.row(s.values(row)));
                }
                listener.at(sheet.rows(), total);
                return;
            }
            int offset = 0;
            while (true) {
                List<T> page;
                try (Stream<T> rows = s.provider().fetch(s.query(offset, PAGE))) {
                    page = rows.toList();
                }
                page.forEach(row -> sheet.row(s.values(row)));
                offset += page.size();
                listener.at(offset, total);
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
    }

    private void working(boolean busy, int done, int total) {
        anchor.setEnabled(!busy);
        progress.setVisible(busy);
        count.setVisible(busy && done > 0);
        progress.setIndeterminate(total <= 0);
        if (total > 0) {
            progress.setValue(Math.min(1.0, done / (double) total));
        }
        count.setText(total > 0 ? done + " / " + total : String.valueOf(done));
    }

    @SuppressWarnings("unchecked")
    private Snapshot<T> snapshot() {
        List<String> headers = new ArrayList<>();
        List<ValueProvider<T, ?>> providers = new ArrayList<>();
        for (Grid.Column<T> column : grid.getColumns()) {
            ValueProvider<T, ?> value = values.get(column);
            if (value == null && column.getRenderer() instanceof ColumnPathRenderer<T> renderer) {
                value = read(renderer);
            }
            String header = column.getHeaderText();
            if (column.isVisible() && value != null) {
                headers.add(header == null ? "" : header);
                providers.add(value);
            }
        }
        DataCommunicator<T> dc = grid.getDataCommunicator();
        Query<T, ?> first = dc.buildQuery(0, PAGE);

        return new Snapshot<>((DataProvider<T, Object>) dc.getDataProvider(), first, headers, providers, sheetName);
    }

    @SuppressWarnings("unchecked")
    private static <T> @Nullable ValueProvider<T, ?> read(ColumnPathRenderer<T> renderer) {
        try {
            return (ValueProvider<T, ?>) PROVIDER.get(renderer);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    /**
     * Vaadin keeps a column's value provider in a private field of its renderer; reading it spares every view a
     * second list of its columns. GridExportTest fails if a Vaadin upgrade renames the field.
     */
    private static Field providerField() {
        try {
            Field f = ColumnPathRenderer.class.getDeclaredField("provider");
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Vaadin's ColumnPathRenderer no longer has its provider field", e);
        }
    }

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9]\\d{0,14})");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9]\\d{0,12})\\.\\d{1,4}");
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");

    record Snapshot<T>(
            DataProvider<T, Object> provider,
            Query<T, ?> first,
            List<String> headers,
            List<ValueProvider<T, ?>> columns,
            String sheetName) {

        Query<T, Object> query(int offset, int limit) {
            return new Query<>(
                    offset,
                    limit,
                    first.getSortOrders(),
                    first.getInMemorySorting(),
                    first.getFilter().orElse(null));
        }

        int size() {
            try {
                return provider.isInMemory() ? -1 : provider.size(query(0, Integer.MAX_VALUE));
            } catch (RuntimeException e) {
                return -1; // a grid of unknown size (fetch callback only)
            }
        }

        List<@Nullable Object> values(T row) {
            List<@Nullable Object> out = new ArrayList<>(columns.size());
            columns.forEach(c -> out.add(typed(c.apply(row))));
            return out;
        }

        /**
         * Vaadin hands a column's value to the browser as text, so a LocalDate arrives here as "2026-03-01" and a
         * score as "83": ISO dates and times (and the "yyyy-MM-dd HH:mm" form views format themselves) go back to
         * date cells, and plain numbers (no leading zero, at most 15 digits, so nothing is rounded) to number cells.
         * Text with a leading zero or longer digit strings (staff numbers, ID card numbers) stays text.
         */
        static @Nullable Object typed(@Nullable Object value) {
            if (!(value instanceof String text) || text.isEmpty() || text.length() > 29) {
                return value;
            }
            try {
                if (INTEGER.matcher(text).matches()) {
                    return Long.valueOf(text);
                }
                if (DECIMAL.matcher(text).matches()) {
                    return new java.math.BigDecimal(text);
                }
                if (DATE.matcher(text).matches()) {
                    return LocalDate.parse(text);
                }
                if (DATE_TIME.matcher(text).matches()) {
                    return LocalDateTime.parse(text.replace(' ', 'T'));
                }
            } catch (DateTimeParseException | NumberFormatException e) {
                return value;
            }
            return value;
        }
    }
}
