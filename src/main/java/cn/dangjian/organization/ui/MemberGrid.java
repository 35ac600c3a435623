package cn.dangjian.organization.ui;

import cn.dangjian.common.ui.ExportedColumns;
import cn.dangjian.organization.MemberFilter;
import cn.dangjian.organization.MemberRow;
import cn.dangjian.organization.MemberService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;

/** The members grid, lazily loaded page by page from the service with the current filter. */
class MemberGrid extends Grid<MemberRow> {

    private final MemberService service;
    private MemberFilter filter = MemberFilter.none();

    MemberGrid(MemberService service, boolean showBranch) {
        super(MemberRow.class, false);
        this.service = service;
        setId("member-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addColumn(MemberRow::name)
                .setHeader(getTranslation("member.name"))
                .setKey("name")
                .setSortable(true)
                .setAutoWidth(true)
                .setFrozen(true);
        addColumn(MemberRow::staffNumber)
                .setHeader(getTranslation("member.staffNumber"))
                .setKey("staffNumber")
                .setSortable(true)
                .setAutoWidth(true);
        addColumn(r -> getTranslation("enum.Gender." + r.gender()))
                .setHeader(getTranslation("member.gender"))
                .setAutoWidth(true);
        addColumn(r -> r.department() == null ? "" : r.department())
                .setHeader(getTranslation("member.department"))
                .setKey("department")
                .setSortable(true)
                .setAutoWidth(true);
        if (showBranch) {
            addColumn(MemberRow::branch)
                    .setHeader(getTranslation("member.branch"))
                    .setKey("branch")
                    .setSortable(true)
                    .setAutoWidth(true);
        }
        addColumn(r -> getTranslation("enum.MemberStatus." + r.status()))
                .setHeader(getTranslation("member.status"))
                .setKey("status")
                .setSortable(true)
                .setAutoWidth(true);
        ExportedColumns.add(this, MemberRow::joinedDate)
                .setHeader(getTranslation("member.joinedDate"))
                .setKey("joinedDate")
                .setSortable(true)
                .setAutoWidth(true);
        addColumn(r -> r.title() == null ? "" : r.title())
                .setHeader(getTranslation("member.title"))
                .setKey("title")
                .setSortable(true)
                .setAutoWidth(true);
        String headLabel = getTranslation("member.departmentHead");
        String keyLabel = getTranslation("member.keyStaff");
        String workerLabel = getTranslation("member.partyWorker");
        // A template, not components per row: the grid's rows held three components each in every session.
        addColumn(LitRenderer.<MemberRow>of("<span class=\"ok-badge\" ?hidden=${!item.head}>${item.headLabel}</span>"
                                + " <span class=\"ok-badge\" ?hidden=${!item.key}>${item.keyLabel}</span>"
                                + " <span class=\"warning-badge\" ?hidden=${!item.worker}>${item.workerLabel}</span>")
                        .withProperty("head", MemberRow::departmentHead)
                        .withProperty("key", MemberRow::keyStaff)
                        .withProperty("worker", MemberRow::partyWorker)
                        .withProperty("headLabel", r -> r.departmentHead() ? headLabel : "")
                        .withProperty("keyLabel", r -> r.keyStaff() ? keyLabel : "")
                        .withProperty("workerLabel", r -> r.partyWorker() ? workerLabel : ""))
                .setKey("flags")
                .setHeader(getTranslation("member.flags"))
                .setAutoWidth(true);
        sort(List.of(new GridSortOrder<>(getColumnByKey("name"), SortDirection.ASCENDING)));
        setEmptyStateText(getTranslation("member.empty"));
        refresh();
    }

    void setFilter(MemberFilter filter) {
        this.filter = filter;
        refresh();
    }

    void refresh() {
        setItems(
                query ->
                        service
                                .search(filter, query.getOffset(), query.getLimit(), toSort(query.getSortOrders()))
                                .stream(),
                query -> (int) service.count(filter));
    }

    static Sort toSort(List<QuerySortOrder> orders) {
        List<Sort.Order> list = new ArrayList<>();
        orders.forEach(o -> list.add(
                o.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(o.getSorted())
                        : Sort.Order.desc(o.getSorted())));
        return Sort.by(list);
    }
}
