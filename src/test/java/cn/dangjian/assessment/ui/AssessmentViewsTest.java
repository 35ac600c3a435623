package cn.dangjian.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.assessment.Campaign;
import cn.dangjian.assessment.CampaignService;
import cn.dangjian.assessment.CampaignStatus;
import cn.dangjian.assessment.ExportService;
import cn.dangjian.assessment.HonourService;
import cn.dangjian.assessment.Measure;
import cn.dangjian.assessment.ResultsService;
import cn.dangjian.assessment.ScoreLine;
import cn.dangjian.assessment.SheetRow;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.ui.LoginView;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Assessment views without a browser: who opens what, the secretary's sheet with evidence, the branch section, export. */
@IntegrationTest
class AssessmentViewsTest extends SpringBrowserlessTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    ResultsService results;

    @Autowired
    HonourService honours;

    @Autowired
    ExportService export;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    Clock clock;

    private boolean allowed(String route) {
        UI.getCurrent().navigate(route);
        Class<?> view = getCurrentView().getClass();
        return !view.equals(LoginView.class)
                && !view.getSimpleName().contains("Error")
                && !view.getSimpleName().contains("NotFound")
                && !view.getSimpleName().contains("AccessDenied");
    }

    private static Optional<Component> byId(Component root, String id) {
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

    private Campaign current() {
        return campaigns.campaign(LocalDate.now(clock).getYear()).orElseThrow();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void admin_opens_campaign_scheme_and_results_and_the_scheme_is_the_five_goods_tree() {
        assertThat(allowed("assessment")).isTrue();
        assertThat(allowed("assessment/results")).isTrue();
        assertThat(allowed("assessment/scheme")).isTrue();
        @SuppressWarnings("unchecked")
        TreeGrid<Object> tree = (TreeGrid<Object>) find("scheme-tree");
        assertThat(tree.getTreeData().getRootItems()).hasSize(6);
    }

    @Test
    @WithUserDetails(Demo.LEADER)
    void leader_reads_results_but_does_not_edit_the_scheme() {
        assertThat(allowed("assessment/results")).isTrue();
        assertThat(allowed("assessment/scheme")).isFalse();
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_sees_only_the_own_sheet_with_automatic_scores_linked_to_their_evidence() {
        assertThat(allowed("assessment")).isTrue();
        @SuppressWarnings("unchecked")
        Grid<SheetRow> grid = (Grid<SheetRow>) find("sheets-grid");
        List<SheetRow> rows = grid.getGenericDataView().getItems().toList();
        assertThat(rows).extracting(SheetRow::code).containsExactly("C08");
        assertThat(allowed("assessment/sheet/" + rows.get(0).sheetId())).isTrue();
        @SuppressWarnings("unchecked")
        Grid<ScoreLine> lines = (Grid<ScoreLine>) find("sheet-grid");
        assertThat(lines.getGenericDataView().getItems().count()).isGreaterThan(10);
        Component view = (Component) getCurrentView();
        List<ScoreLine> automatic = lines.getGenericDataView()
                .getItems()
                .filter(l -> l.measure() == Measure.AUTOMATIC)
                .toList();
        assertThat(automatic)
                .map(l -> Evidence.of(view, l))
                .filteredOn(Anchor.class::isInstance)
                .map(c -> ((Anchor) c).getHref())
                .anyMatch(h -> h.startsWith("calendar/compliance/" + rows.get(0).branchId()))
                .anyMatch(h -> h.equals("branches/" + rows.get(0).branchId()));
        assertThat(automatic)
                .map(l -> Evidence.text(view, l))
                .anyMatch(t -> t.startsWith("按时开展"))
                .noneMatch(t -> t.startsWith("assessment."));
        assertThat(byId((Component) getCurrentView(), "sheet-submit")).isPresent();
        assertThat(allowed("assessment/results")).isFalse();
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void member_sees_the_published_result_of_the_own_branch_only() {
        assertThat(allowed("assessment")).isTrue();
        Campaign last = campaigns.campaigns().stream()
                .filter(c -> c.getStatus() == CampaignStatus.LOCKED)
                .findFirst()
                .orElseThrow();
        assertThat(results.results(last.getId())).extracting(r -> r.code()).containsExactly("C08");
        assertThat(results.results(current().getId())).isEmpty();
        assertThat(allowed("assessment/results")).isFalse();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void the_branch_page_shows_the_grade_with_a_link_to_the_sheet() {
        long c08 = organization.branches().stream()
                .filter(b -> b.code().equals("C08"))
                .map(BranchRef::id)
                .findFirst()
                .orElseThrow();
        assertThat(allowed("branches/" + c08)).isTrue();
        int last = LocalDate.now(clock).getYear() - 1;
        Span grade = (Span) find("branch-assessment-" + last);
        assertThat(grade.getText()).contains("★").contains(String.valueOf(last)).doesNotContain(",");
        assertThat(byId((Component) getCurrentView(), "branch-assessment-details-" + last))
                .isPresent();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void the_export_has_scores_grades_and_honours_that_poi_reads_back() throws Exception {
        Campaign last = campaigns.campaigns().stream()
                .filter(c -> c.getStatus() == CampaignStatus.LOCKED)
                .findFirst()
                .orElseThrow();
        byte[] xlsx = export.exportXlsx(last.getId(), key -> key);
        var graded = results.results(last.getId());
        var honoured = honours.ofYear(last.getYear());
        assertThat(honoured).isNotEmpty();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(graded.size());
            assertThat(wb.getSheetAt(1).getLastRowNum()).isEqualTo(graded.size());
            assertThat(wb.getSheetAt(1).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo(graded.get(0).branchName());
            assertThat(wb.getSheetAt(1).getRow(1).getCell(3).getNumericCellValue())
                    .isEqualTo(graded.get(0).grade().total());
            assertThat(wb.getSheetAt(2).getLastRowNum()).isEqualTo(honoured.size());
            assertThat(wb.getSheetAt(2).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo(honoured.get(0).recipient());
        }
    }
}
