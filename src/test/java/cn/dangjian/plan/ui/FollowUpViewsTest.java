package cn.dangjian.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.plan.AssignmentRow;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The follow-up and brand views per role, without a browser. */
@IntegrationTest
class FollowUpViewsTest extends SpringBrowserlessTest {

    @Autowired
    private JdbcTemplate jdbc;

    private Class<?> landOn(String route) {
        UI.getCurrent().navigate(route);
        Class<?> c = getCurrentView().getClass();
        while (c.getName().contains("$$")) {
            c = c.getSuperclass();
        }
        return c;
    }

    private long branch(String code) {
        return jdbc.queryForObject("select id from party_branch where code = ?", Long.class, code);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    @SuppressWarnings("unchecked")
    void admin_writes_a_key_task_in_the_dialog_and_sees_the_per_branch_overview() {
        assertThat(landOn("plan/tasks")).isEqualTo(KeyTasksView.class);
        int before = jdbc.queryForObject("select count(*) from plan_key_task", Integer.class);
        test($(Button.class).id("task-new")).click();
        test($(TextField.class).id("task-title")).setValue("视图测试：学习教育");
        test($(TextField.class).id("task-category")).setValue("思想建设");
        test($(Button.class).id("task-save")).click();
        assertThat(jdbc.queryForObject("select count(*) from plan_key_task", Integer.class))
                .isEqualTo(before + 1);
        Grid<?> perBranch = $(Grid.class).id("task-per-branch");
        assertThat(perBranch.getGenericDataView().getItems().count())
                .as("every serving branch has demo assignments")
                .isGreaterThanOrEqualTo(22);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    @SuppressWarnings("unchecked")
    void secretary_sees_only_own_branch_assignments_and_opens_one() {
        assertThat(landOn("plan/assignments")).isEqualTo(AssignmentsView.class);
        Grid<AssignmentRow> grid = $(Grid.class).id("assignment-grid");
        List<AssignmentRow> rows = grid.getGenericDataView().getItems().toList();
        assertThat(rows).isNotEmpty().allMatch(r -> r.branchId() != null && r.branchId() == branch("C08"));
        test(grid).clickRow(0);
        assertThat($(Dialog.class).id("assignment-dialog").isOpened()).isTrue();
        assertThat(landOn("plan/tasks")).isNotEqualTo(KeyTasksView.class);
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void member_sees_the_brand_wall_but_not_the_follow_up() {
        assertThat(landOn("plan/brands")).isEqualTo(BrandWallView.class);
        assertThat($(Div.class).id("brand-wall").getChildren().count()).isGreaterThanOrEqualTo(22);
        assertThat(landOn("plan/assignments")).isNotEqualTo(AssignmentsView.class);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void the_branch_page_shows_the_brand_and_only_the_own_brand_page_opens_for_a_secretary() {
        landOn("branches/" + branch("C08"));
        assertThat($(VerticalLayout.class).withId("branch-brand").exists()).isTrue();
        assertThat(landOn("plan/brands/" + branch("C08"))).isEqualTo(BrandView.class);
        assertThat($(Button.class).id("brand-edit").isVisible()).isTrue();
        assertThat(landOn("plan/brands/" + branch("C11")))
                .as("another branch's brand page looks like a missing one")
                .isNotEqualTo(BrandView.class);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void the_reminders_list_shows_reports_waiting_for_the_office() {
        landOn("calendar/reminders");
        assertThat($(Grid.class)
                        .id("extra-reminder-grid")
                        .getGenericDataView()
                        .getItems()
                        .count())
                .isGreaterThan(0);
    }
}
