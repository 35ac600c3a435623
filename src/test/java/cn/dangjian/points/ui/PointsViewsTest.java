package cn.dangjian.points.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.points.ApprovalService;
import cn.dangjian.points.BoardRow;
import cn.dangjian.points.BoardScope;
import cn.dangjian.points.EvaluationService;
import cn.dangjian.points.LeaderboardService;
import cn.dangjian.points.MemberPoints;
import cn.dangjian.points.MemberPointsService;
import cn.dangjian.points.Periods;
import cn.dangjian.points.PointsRule;
import cn.dangjian.points.PointsRulesService;
import cn.dangjian.points.SubmissionInput;
import cn.dangjian.points.SubmissionService;
import cn.dangjian.security.ui.LoginView;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Points views without a browser: who may open what, and what the views show. */
@IntegrationTest
class PointsViewsTest extends SpringBrowserlessTest {

    @Autowired
    LeaderboardService boards;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    ApprovalService approvals;

    @Autowired
    SubmissionService submissions;

    @Autowired
    MemberPointsService memberPoints;

    @Autowired
    PointsRulesService rules;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    private boolean allowed(String route) {
        UI.getCurrent().navigate(route);
        Class<?> view = getCurrentView().getClass();
        return !view.equals(LoginView.class)
                && !view.getSimpleName().contains("Error")
                && !view.getSimpleName().contains("NotFound")
                && !view.getSimpleName().contains("AccessDenied");
    }

    static Optional<Component> byId(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren()
                .map(c -> byId(c, id))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private Component find(String id) {
        return byId((Component) getCurrentView(), id).orElseThrow(() -> new AssertionError("no #" + id));
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void admin_opens_every_points_view() {
        assertThat(allowed("points/leaderboard")).isTrue();
        assertThat(allowed("points/member")).isTrue();
        assertThat(allowed("points/branch")).isTrue();
        assertThat(allowed("points/evaluation")).isTrue();
        assertThat(allowed("points/approvals")).isTrue();
        assertThat(allowed("points/rules")).isTrue();
    }

    @Test
    @WithUserDetails(Demo.LEADER)
    void leader_reads_boards_and_evaluation_but_does_not_approve() {
        assertThat(allowed("points/leaderboard")).isTrue();
        assertThat(allowed("points/evaluation")).isTrue();
        assertThat(allowed("points/approvals")).isFalse();
        assertThat(allowed("points/rules")).isFalse();
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_opens_the_branch_page_but_not_the_admin_views() {
        assertThat(allowed("points/branch")).isTrue();
        @SuppressWarnings("unchecked")
        Grid<Object> grid = (Grid<Object>) find("branch-members-grid");
        assertThat(grid.getGenericDataView().getItems().count()).isGreaterThan(10);
        assertThat(allowed("points/evaluation")).isFalse();
        assertThat(allowed("points/approvals"))
                .as("the approval page shows a secretary their own submissions")
                .isTrue();
        assertThat(byId((Component) getCurrentView(), "my-submissions")).isPresent();
        assertThat(byId((Component) getCurrentView(), "approval-grid"))
                .as("the Party office decides by default")
                .isEmpty();
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void member_sees_own_points_and_own_rank_but_no_full_ranking_by_default() {
        assertThat(allowed("points/branch")).isFalse();
        UI.getCurrent().navigate("points/approvals");
        assertThat(getCurrentView())
                .as("a member who decides nothing is sent home")
                .isNotInstanceOf(ApprovalView.class);
        assertThat($(SideNavItem.class).all())
                .extracting(SideNavItem::getPath)
                .contains("points/member")
                .doesNotContain(ApprovalView.ROUTE);
        assertThat(allowed("points/member")).isTrue();
        long self = memberPoints.ownMemberId().orElseThrow();
        MemberPoints mine = memberPoints.memberPoints(self, LocalDate.now(clock).getYear());
        assertThat(((HasText) find("member-score").getChildren().findFirst().orElseThrow()).getText())
                .isEqualTo(String.valueOf(mine.score()));
        assertThat(allowed("points/leaderboard")).isTrue();
        assertThat(find("own-rank").isVisible()).isTrue();
        assertThat(byId((Component) getCurrentView(), "board-grid")).isEmpty();
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void member_cannot_open_someone_elses_points() {
        UI.getCurrent().navigate("points/member/1");
        assertThat(getCurrentView()).isNotInstanceOf(MemberPointsView.class);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void approval_queue_lists_pending_submissions_lazily() {
        long member = boards.board(
                        BoardScope.HOSPITAL,
                        null,
                        Periods.year(LocalDate.now(clock).getYear()),
                        0,
                        1)
                .get(0)
                .memberId();
        long rule = rules.rules().stream()
                .filter(r -> r.getCode().equals("HONOUR"))
                .findFirst()
                .orElseThrow()
                .getId();
        submissions.submit(List.of(new SubmissionInput(member, rule, 5, LocalDate.now(clock), "t")));
        assertThat(allowed("points/approvals")).isTrue();
        @SuppressWarnings("unchecked")
        Grid<Object> grid = (Grid<Object>) find("approval-grid");
        assertThat(grid.getLazyDataView().getItems().count())
                .isEqualTo(approvals.countPending())
                .isPositive();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void hospital_leaderboard_lists_members_best_first() {
        assertThat(allowed("points/leaderboard")).isTrue();
        @SuppressWarnings("unchecked")
        Grid<BoardRow> grid = (Grid<BoardRow>) (Grid<?>) find("board-grid");
        var rows = grid.getLazyDataView().getItems().limit(60).toList();
        assertThat(rows).hasSizeGreaterThan(50);
        assertThat(rows.get(0).rank()).isEqualTo(1);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).score()).isLessThanOrEqualTo(rows.get(i - 1).score());
            assertThat(rows.get(i).rank())
                    .isEqualTo(
                            rows.get(i).score() == rows.get(i - 1).score()
                                    ? rows.get(i - 1).rank()
                                    : i + 1);
        }
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void evaluation_exports_a_workbook_poi_can_read() throws Exception {
        int year = LocalDate.now(clock).getYear();
        byte[] xlsx = evaluation.exportXlsx(year, key -> key);
        var ev = evaluation.evaluation(year);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            assertThat(wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("points.col.branch");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(ev.branches().size());
            assertThat(wb.getSheetAt(1).getLastRowNum())
                    .isEqualTo(ev.shortlist().size());
            if (!ev.shortlist().isEmpty()) {
                assertThat(wb.getSheetAt(1).getRow(1).getCell(1).getStringCellValue())
                        .isEqualTo(ev.shortlist().get(0).name());
            }
            assertThat(wb.getSheetAt(2).getLastRowNum())
                    .isEqualTo(ev.probationary().size());
            // the 评议 record: every member of the hospital with score, band, study hours and branch
            var everyone = wb.getSheetAt(3);
            assertThat(wb.getSheetName(3)).isEqualTo("book.evalMembers");
            assertThat(everyone.getLastRowNum())
                    .isEqualTo(jdbc.queryForObject("select count(*) from party_member", Integer.class));
            List<String> headers = new ArrayList<>();
            everyone.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers)
                    .containsExactly(
                            "points.col.rank",
                            "points.col.name",
                            "points.col.branch",
                            "book.col.memberStatus",
                            "book.col.net",
                            "points.col.score",
                            "points.col.band",
                            "points.col.studyHours");
            var row = everyone.getRow(1);
            assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(6).getStringCellValue()).startsWith("enum.Band.");
            assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void leaderboard_count_equals_rows_and_lists_members_without_points() {
        long branch = ownBranch();
        int members =
                jdbc.queryForObject("select count(*) from party_member where branch_id = ?", Integer.class, branch);
        int thisYear = Periods.year(LocalDate.now(clock).getYear());
        int emptyMonth = Periods.month(2018, 1);
        for (int period : new int[] {thisYear, emptyMonth}) {
            int count = boards.boardCount(BoardScope.BRANCH, branch, period);
            var rows = boards.board(BoardScope.BRANCH, branch, period, 0, 1000);
            assertThat(count).isEqualTo(members);
            assertThat(rows).hasSize(count);
            assertThat(rows).extracting(BoardRow::memberId).doesNotHaveDuplicates();
            assertThat(boards.ownRank(BoardScope.BRANCH, period).orElseThrow().population())
                    .as("共 N 人 agrees with the list")
                    .isEqualTo(count);
            var paged = new ArrayList<BoardRow>();
            for (int offset = 0; offset < count; offset += 7) {
                paged.addAll(boards.board(BoardScope.BRANCH, branch, period, offset, 7));
            }
            assertThat(paged).as("pages join up").isEqualTo(rows);
        }
        var empty = boards.board(BoardScope.BRANCH, branch, emptyMonth, 0, 1000);
        assertThat(empty).allMatch(r -> r.net() == 0 && r.rank() == 1);
    }

    private long ownBranch() {
        return jdbc.queryForObject(
                "select branch_id from user_account where username = ?", Long.class, Demo.SECRETARY_C08);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void hospital_leaderboard_count_equals_rows() {
        int period = Periods.year(LocalDate.now(clock).getYear());
        int count = boards.boardCount(BoardScope.HOSPITAL, null, period);
        assertThat(count).isEqualTo(jdbc.queryForObject("select count(*) from party_member", Integer.class));
        assertThat(boards.board(BoardScope.HOSPITAL, null, period, 0, 100_000)).hasSize(count);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void rules_page_and_rule_dialog_show_activity_type_names() {
        assertThat(allowed("points/rules")).isTrue();
        @SuppressWarnings("unchecked")
        Grid<PointsRule> grid = (Grid<PointsRule>) (Grid<?>) find("rules-grid");
        int missed = -1;
        int typesColumn = -1;
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).getCode().equals("MISSED_MEETING")) {
                missed = i;
            }
        }
        for (int c = 0; c < grid.getColumns().size(); c++) {
            if (test(grid).getHeaderCell(c).equals(getTranslation("points.rules.eventTypes"))) {
                typesColumn = c;
            }
        }
        String cell = test(grid).getCellText(missed, typesColumn);
        boolean en = UI.getCurrent().getLocale().getLanguage().equals("en");
        String themed = en ? "Themed Party day" : "主题党日";
        assertThat(cell)
                .contains(themed)
                .contains(en ? "Branch general meeting" : "支部党员大会")
                .doesNotContain("THEMED_DAY")
                .doesNotContain("GENERAL_MEETING");
        test(grid).clickRow(missed);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> events = $(MultiSelectComboBox.class).id("rule-events");
        assertThat(events.getValue()).contains("THEMED_DAY", "GENERAL_MEETING");
        assertThat(test(events).getSuggestions()).contains(themed).noneMatch(n -> n.equals("THEMED_DAY"));
        assertThat($(IntegerField.class).id("rule-cap-year").getValue())
                .as("the seeded deduction rule is capped")
                .isEqualTo(10);
    }

    private String getTranslation(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
