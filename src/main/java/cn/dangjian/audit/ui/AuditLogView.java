package cn.dangjian.audit.ui;

import cn.dangjian.audit.AuditEntry;
import cn.dangjian.audit.AuditService;
import cn.dangjian.common.HospitalZone;
import cn.dangjian.common.i18n.BundleI18NProvider;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Who changed what, newest first; lazily paged from the audit table. */
@Route("audit")
@Menu(title = "nav.audit", order = 90, icon = "CLIPBOARD_TEXT")
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(HospitalZone.ZONE);

    private final BundleI18NProvider texts;

    AuditLogView(AuditService audit, BundleI18NProvider texts) {
        this.texts = texts;
        addClassName("view");
        setSizeFull();
        TextField text = new TextField();
        text.setPlaceholder(getTranslation("audit.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        Select<String> type = new Select<>();
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("audit.filter.type"));
        type.setItems(audit.entityTypes());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("audit.filter.type") : label("audit.type.", t));

        Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        var time = grid.addColumn(a -> TIME.format(a.getOccurredAt()))
                .setHeader(getTranslation("audit.time"))
                .setKey("occurredAt")
                .setSortable(true)
                .setWidth("170px")
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::getActor)
                .setHeader(getTranslation("audit.actor"))
                .setKey("actor")
                .setSortable(true)
                .setWidth("120px")
                .setFlexGrow(0);
        grid.addColumn(a -> label("audit.type.", a.getEntityType()))
                .setHeader(getTranslation("audit.entityType"))
                .setKey("entityType")
                .setSortable(true)
                .setWidth("120px")
                .setFlexGrow(0);
        grid.addColumn(a -> actionLabel(a.getEntityType(), a.getAction()))
                .setHeader(getTranslation("audit.action"))
                .setWidth("90px")
                .setFlexGrow(0);
        grid.addColumn(a -> a.getEntityLabel() == null ? "" : a.getEntityLabel())
                .setHeader(getTranslation("audit.entity"))
                .setWidth("160px")
                .setFlexGrow(0);
        grid.addComponentColumn(a -> {
                    Pre pre = new Pre(a.getChanges() == null ? "" : a.getChanges());
                    pre.getStyle()
                            .set("margin", "0")
                            .set("white-space", "pre-wrap")
                            .set("font-size", "var(--lumo-font-size-s)");
                    return pre;
                })
                .setHeader(getTranslation("audit.changes"))
                .setFlexGrow(1)
                .setWidth("320px");
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.sort(List.of(new GridSortOrder<>(time, SortDirection.DESCENDING)));
        grid.setSizeFull();
        Runnable refresh = () -> grid.setItems(query -> {
            Sort sort = Sort.by(query.getSortOrders().stream()
                            .map(o -> o.getDirection() == SortDirection.ASCENDING
                                    ? Sort.Order.asc(o.getSorted())
                                    : Sort.Order.desc(o.getSorted()))
                            .toList())
                    .and(Sort.by(Sort.Order.desc("id")));
            int page = query.getOffset() / query.getLimit();
            return audit
                    .search(type.getValue(), text.getValue(), PageRequest.of(page, query.getLimit(), sort))
                    .stream();
        });
        text.addValueChangeListener(e -> refresh.run());
        type.addValueChangeListener(e -> refresh.run());
        refresh.run();
        HorizontalLayout toolbar = new HorizontalLayout(
                text, type, GridExport.of(grid, "audit-log").column(time, AuditEntry::getOccurredAt));
        toolbar.addClassName("toolbar");
        add(new ViewHeader(getTranslation("nav.audit")), toolbar, grid);
    }

    /** Features record their own entity types and actions; one without a label shows its code. */
    private String label(String prefix, String code) {
        String key = prefix + code;
        return texts.has(key) ? getTranslation(key) : code;
    }

    /** A type may name its own action (Security's SIGN_IN is a sign-in to the console, not to an activity). */
    private String actionLabel(String type, String action) {
        String typed = "audit.action." + type + "." + action;
        return texts.has(typed) ? getTranslation(typed) : label("audit.action.", action);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
