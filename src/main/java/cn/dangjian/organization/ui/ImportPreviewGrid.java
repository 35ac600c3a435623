package cn.dangjian.organization.ui;

import cn.dangjian.common.ui.Badges;
import cn.dangjian.organization.ImportMessage;
import cn.dangjian.organization.ImportPreview;
import cn.dangjian.organization.ImportRow;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.List;

/**
 * The rows of an uploaded file with what is wrong with each. The file is bounded (the service refuses
 * more than a few thousand rows) and already in memory, so the grid holds it whole.
 */
@StyleSheet("context://styles/organization.css")
class ImportPreviewGrid extends Grid<ImportRow> {

    private ListDataProvider<ImportRow> items = new ListDataProvider<>(List.of());
    private boolean onlyErrors;

    ImportPreviewGrid() {
        super(ImportRow.class, false);
        addColumn(ImportRow::rowNumber)
                .setHeader(getTranslation("import.col.row"))
                .setWidth("5em")
                .setFlexGrow(0)
                .setSortable(true);
        addColumn(ImportRow::name)
                .setHeader(getTranslation("member.name"))
                .setAutoWidth(true)
                .setSortable(true);
        // The result comes early so that it is on screen on a phone.
        addComponentColumn(this::result)
                .setHeader(getTranslation("import.col.errors"))
                .setWidth("16em")
                .setFlexGrow(3)
                .setComparator(r -> r.errors().size())
                .setSortable(true);
        addColumn(ImportRow::staffNumber)
                .setHeader(getTranslation("member.staffNumber"))
                .setAutoWidth(true)
                .setSortable(true);
        addColumn(ImportRow::branch)
                .setHeader(getTranslation("member.branch"))
                .setAutoWidth(true)
                .setSortable(true);
        addColumn(ImportRow::department)
                .setHeader(getTranslation("member.department"))
                .setAutoWidth(true)
                .setSortable(true);
        addColumn(ImportRow::status).setHeader(getTranslation("member.status")).setAutoWidth(true);
        addColumn(ImportRow::joinedDate)
                .setHeader(getTranslation("member.joinedDate"))
                .setAutoWidth(true);
        setPartNameGenerator(r -> r.valid() ? null : "import-error-row");
        addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        setEmptyStateText(getTranslation("import.empty"));
        setItems(items);
    }

    void show(ImportPreview preview) {
        items = new ListDataProvider<>(preview.rows());
        setItems(items);
        applyFilter();
    }

    void clear() {
        show(new ImportPreview(List.of()));
    }

    void setOnlyErrors(boolean onlyErrors) {
        this.onlyErrors = onlyErrors;
        applyFilter();
    }

    private void applyFilter() {
        items.setFilter(onlyErrors ? r -> !r.valid() : null);
    }

    private Div result(ImportRow row) {
        Div cell = new Div();
        cell.addClassName("import-result");
        if (row.valid()) {
            cell.add(Badges.ok(getTranslation("import.row.ok")));
        }
        for (ImportMessage m : row.errors()) {
            Div line = new Div(Badges.error(render(m)));
            cell.add(line);
        }
        return cell;
    }

    /** The message in the viewer's language; the column label goes first unless the message already names it. */
    String render(ImportMessage m) {
        Object[] args = m.args().stream()
                .map(a -> a.startsWith("member.") || a.startsWith("enum.") ? getTranslation(a) : a)
                .toArray();
        String text = getTranslation(m.key(), args);
        if (m.column().isEmpty()) {
            return text;
        }
        String column = getTranslation(m.column());
        return text.toLowerCase(getLocale()).contains(column.toLowerCase(getLocale()))
                ? text
                : getTranslation("import.columnMessage", column, text);
    }
}
