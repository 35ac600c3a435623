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
import com.vaadin.flow.data.provider.DataGenerator;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 导出 button of a grid: writes what the user sees (the grid's own data provider, so the same scoped service
 * query with the current filter and sort; the visible columns with their headers in the user's language) to a
 * streamed .xlsx. A column shows in the file when its values can be read: plain columns ({@code addColumn(ValueProvider)})
 * as the text they show, columns made with {@link ExportedColumns#add} or given a value with {@link #column} with
 * that value's type (a number stays a number, a LocalDate a date); component-only columns (badges, buttons) are left
 * out unless given one. While the file is
 * being written the button is disabled and a progress bar counts the rows.
 */
public final class GridExport<T> extends Composite<HorizontalLayout> {

    static final int PAGE = 500;

    private final Grid<T> grid;
    private final String sheetName;
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
        ExportedColumns.set(column, value);
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
            ValueProvider<T, ?> value = ExportedColumns.of(column);
            if (value == null && column.getRenderer() instanceof ColumnPathRenderer<T> renderer) {
                value = shown(renderer);
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

    /**
     * The text a plain column shows, through the renderer's public data generator (the same call that fills the
     * browser's rows): it writes the value under the column's property into a JSON object, read back here.
     */
    private static <T> @Nullable ValueProvider<T, ?> shown(ColumnPathRenderer<T> renderer) {
        Optional<DataGenerator<T>> generator =
                renderer.render(new Element("vaadin-grid-column"), null).getDataGenerator();
        if (generator.isEmpty()) {
            return null;
        }
        DataGenerator<T> g = generator.get();
        return row -> {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            g.generateData(row, json);
            for (JsonNode v : json.values()) {
                return v.isNull() ? "" : v.asString();
            }
            return "";
        };
    }

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
            columns.forEach(c -> out.add(c.apply(row)));
            return out;
        }
    }
}
