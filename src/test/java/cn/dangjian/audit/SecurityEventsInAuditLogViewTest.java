package cn.dangjian.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.security.SecurityEvents;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator finds security events under their type, with labels rather than codes. */
@IntegrationTest
class SecurityEventsInAuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    SecurityEvents events;

    @Test
    @WithUserDetails(Demo.ADMIN)
    @SuppressWarnings("unchecked")
    void console_sign_in_is_labelled_as_a_sign_in_not_an_activity_check_in() {
        events.record("SIGN_IN", Demo.SECRETARY_C11, null, Demo.SECRETARY_C11, Map.of("address", "10.30.0.1"));
        events.record("LOCKED_OUT", "someone", null, "someone", Map.of("address", "10.30.0.2"));
        UI.getCurrent().navigate("audit");
        Select<String> type = $(Select.class).single();
        assertThat(type.getListDataView().getItems()).contains("Security");
        test(type).selectItem("安全事件");
        var grid = test($(Grid.class).id("audit-grid"));
        assertThat(grid.getCellText(0, 3)).isEqualTo("登录锁定");
        assertThat(grid.getCellText(1, 3)).isEqualTo("登录");
        assertThat(grid.getCellText(1, 2)).isEqualTo("安全事件");
    }
}
