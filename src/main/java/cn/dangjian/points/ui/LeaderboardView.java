package cn.dangjian.points.ui;

import cn.dangjian.common.ui.ExportedColumns;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.points.BoardRow;
import cn.dangjian.points.BoardScope;
import cn.dangjian.points.BranchRow;
import cn.dangjian.points.LeaderboardService;
import cn.dangjian.points.OwnRank;
import cn.dangjian.points.Visibility;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** 积分排行榜: members across the hospital or in a branch, branches by average; the viewer's own rank on top. */
@Route("points/leaderboard")
@Menu(title = "points.nav.leaderboard", order = 40, icon = "TROPHY")
@PermitAll
@StyleSheet("context://styles/points.css")
class LeaderboardView extends VerticalLayout implements HasDynamicTitle {

    private final LeaderboardService service;
    private final Select<BoardScope> scope = new Select<>();
    private final Select<BranchRef> branch = new Select<>();
    private final PeriodPicker period;
    private final Grid<BoardRow> members = new Grid<>(BoardRow.class, false);
    private final Grid<BranchRow> branches = new Grid<>(BranchRow.class, false);
    private final GridExport<BoardRow> membersExport = GridExport.of(members, "leaderboard");
    private final GridExport<BranchRow> branchesExport = GridExport.of(branches, "branch-leaderboard");
    private final Div own = new Div();
    private final Visibility visibility;

    LeaderboardView(LeaderboardService service, OrganizationDirectory directory, CurrentUser currentUser, Clock clock) {
        this.service = service;
        addClassName("view");
        setSizeFull();
        AppUser user = currentUser.require();
        visibility = service.visibility();
        LocalDate today = LocalDate.now(clock);
        period = new PeriodPicker(today.getYear(), today.getMonthValue(), this::refresh);
        scope.setId("board-scope");
        scope.setItems(BoardScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("enum.BoardScope." + s));
        scope.setValue(user.seesWholeHospital() ? BoardScope.HOSPITAL : BoardScope.BRANCH);
        List<BranchRef> refs = directory.branches();
        branch.setId("board-branch");
        branch.setItems(refs);
        branch.setItemLabelGenerator(BranchRef::name);
        refs.stream()
                .filter(b -> b.id().equals(user.branchId()))
                .findFirst()
                .or(() -> refs.stream().findFirst())
                .ifPresent(branch::setValue);
        branch.setEnabled(user.seesWholeHospital());
        scope.addValueChangeListener(e -> refresh());
        branch.addValueChangeListener(e -> refresh());

        own.setId("own-rank");
        own.addClassNames("card", "points-own");
        members.setId("board-grid");
        members.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        ExportedColumns.add(members, BoardRow::rank)
                .setHeader(getTranslation("points.col.rank"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        members.addColumn(BoardRow::name)
                .setHeader(getTranslation("points.col.name"))
                .setAutoWidth(true);
        members.addColumn(BoardRow::branchName)
                .setHeader(getTranslation("points.col.branch"))
                .setFlexGrow(1);
        ExportedColumns.add(members, BoardRow::score)
                .setHeader(getTranslation("points.col.score"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        members.setEmptyStateText(getTranslation("points.board.empty"));
        members.setPageSize(50);
        members.setSizeFull();
        branches.setId("branch-board-grid");
        branches.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        ExportedColumns.add(branches, BranchRow::rank)
                .setHeader(getTranslation("points.col.rank"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        branches.addColumn(BranchRow::name)
                .setHeader(getTranslation("points.col.branch"))
                .setFlexGrow(1);
        ExportedColumns.add(branches, BranchRow::members)
                .setHeader(getTranslation("points.col.members"))
                .setAutoWidth(true);
        ExportedColumns.add(branches, BranchRow::average)
                .setHeader(getTranslation("points.col.average"))
                .setAutoWidth(true);
        branches.setEmptyStateText(getTranslation("points.board.empty"));
        branches.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(scope, branch, period, membersExport, branchesExport);
        toolbar.addClassName("toolbar");
        membersExport.setVisible(false); // until refresh() knows the full board may be seen
        branchesExport.setVisible(false);
        toolbar.setWrap(true);
        add(new ViewHeader(getTranslation("points.nav.leaderboard")));
        if (visibility == Visibility.NONE) {
            Paragraph p = new Paragraph(getTranslation("points.board.hidden"));
            p.addClassName("empty-state");
            add(p);
            return;
        }
        add(toolbar, own);
        if (visibility == Visibility.FULL) {
            add(members, branches);
        } else {
            scope.setItems(BoardScope.HOSPITAL, BoardScope.BRANCH);
            scope.setValue(BoardScope.HOSPITAL);
            add(new Paragraph(getTranslation("points.board.ownOnly")));
        }
        refresh();
    }

    private void refresh() {
        if (visibility == Visibility.NONE || scope.getValue() == null) {
            return;
        }
        BoardScope s = scope.getValue();
        int p = period.period();
        branch.setVisible(s == BoardScope.BRANCH);
        Optional<OwnRank> rank = service.ownRank(s, p);
        own.removeAll();
        own.setVisible(rank.isPresent());
        rank.ifPresent(r -> {
            Span text = new Span(getTranslation("points.board.ownRank", r.rank(), r.population(), r.score()));
            own.add(text);
            if (r.band() != null) {
                own.add(BandBadge.of(this, r.band()));
            }
        });
        if (visibility != Visibility.FULL) {
            return;
        }
        members.setVisible(s != BoardScope.BRANCHES);
        branches.setVisible(s == BoardScope.BRANCHES);
        membersExport.setVisible(members.isVisible());
        branchesExport.setVisible(branches.isVisible());
        if (s == BoardScope.BRANCHES) {
            branches.setItems(service.branchBoard(p));
        } else {
            Long branchId = s == BoardScope.BRANCH && branch.getValue() != null
                    ? branch.getValue().id()
                    : null;
            if (s == BoardScope.BRANCH && branchId == null) {
                members.setItems(List.of());
                return;
            }
            members.setItems(
                    q -> service.board(s, branchId, p, q.getOffset(), q.getLimit()).stream(),
                    q -> service.boardCount(s, branchId, p));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("points.nav.leaderboard");
    }
}
