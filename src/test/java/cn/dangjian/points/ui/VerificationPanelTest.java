package cn.dangjian.points.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.points.VerificationRun;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator runs the ledger check on the rules page and sees the result and the stored history. */
@IntegrationTest
class VerificationPanelTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(Demo.ADMIN)
    void admin_runs_the_check_and_sees_the_result_and_the_stored_run() {
        UI.getCurrent().navigate("points/rules");
        assertThat(getCurrentView()).isInstanceOf(RulesView.class);
        Button verify = $(Button.class).id("verify-button");
        test(verify).click();
        Span result = $(Span.class).id("verify-result");
        assertThat(result.getClassName()).isEqualTo("ok-badge");
        assertThat(result.getText()).contains("账本完整");
        assertThat(verify.isEnabled()).as("enabled again after the run").isTrue();
        @SuppressWarnings("unchecked")
        Grid<VerificationRun> history =
                (Grid<VerificationRun>) (Grid<?>) $(Grid.class).id("verify-history");
        VerificationRun last = history.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(last.trigger()).isEqualTo(VerificationRun.Trigger.USER);
        assertThat(last.startedBy()).isEqualTo(Demo.ADMIN);
        assertThat(last.status()).isEqualTo("OK");
        assertThat($(Span.class).id("verify-last").getText()).contains("上次核验", "手动", "完整");
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void a_secretary_cannot_open_the_rules_page() {
        UI.getCurrent().navigate("points/rules");
        assertThat(getCurrentView()).isNotInstanceOf(RulesView.class);
    }
}
