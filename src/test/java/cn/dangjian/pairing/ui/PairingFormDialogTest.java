package cn.dangjian.pairing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** 新建联建: saving cannot run twice from a double click, and a refused save leaves the button usable. */
@IntegrationTest
class PairingFormDialogTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void the_save_button_of_a_new_pairing_is_disabled_on_click_and_enabled_again_after_a_refusal() {
        UI.getCurrent().navigate("pairings");
        int before = jdbc.queryForObject("select count(*) from pairing", Integer.class);
        test($(Button.class).id("new-pairing")).click();
        Button save = $(Button.class).id("pairing-save");
        assertThat(save.isDisableOnClick()).isTrue();
        test(save).click(); // no partner and no agreement title: the service refuses
        assertThat(save.isEnabled()).as("usable again after the error").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from pairing", Integer.class))
                .isEqualTo(before);
    }
}
