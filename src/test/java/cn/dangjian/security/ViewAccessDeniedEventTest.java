package cn.dangjian.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** A signed-in user's refused navigation is a security event; the menu's own access checks are not. */
@IntegrationTest
class ViewAccessDeniedEventTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(Demo.LEADER)
    void leader_opening_the_audit_log_is_recorded_as_access_denied() {
        long mark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);
        UI.getCurrent().navigate("members");
        assertThat(events(mark))
                .as("allowed navigation and menu checks report nothing")
                .isEmpty();

        UI.getCurrent().navigate("audit");
        assertThat(events(mark)).singleElement().satisfies(e -> {
            assertThat(e.get("action")).isEqualTo("ACCESS_DENIED");
            assertThat(e.get("actor")).isEqualTo(Demo.LEADER);
            assertThat(e.get("entity_label")).isEqualTo("/audit");
            assertThat((String) e.get("changes")).contains("view=\"AuditLogView\"");
        });
    }

    private List<Map<String, Object>> events(long mark) {
        return jdbc.queryForList(
                "select actor, action, entity_label, changes from audit_log where id > ? and entity_type = 'Security'",
                mark);
    }
}
