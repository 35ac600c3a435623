package cn.dangjian.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Save buttons are disabled at the first click (no double submission) and usable again after a refusal. */
@IntegrationTest
class SaveButtonsTest extends SpringBrowserlessTest {

    private Button saveIn(Dialog dialog) {
        return $(Button.class, dialog).all().stream()
                .filter(b -> "保存".equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void external_unit_save_is_disabled_on_click_and_enabled_again_after_a_refusal() {
        UI.getCurrent().navigate("pairing-units");
        test($(Button.class).withId("new-unit").single()).click();
        Dialog dialog = $(Dialog.class).last();
        Button save = $(Button.class, dialog).withId("unit-save").single();
        assertThat(save.isDisableOnClick()).isTrue();

        test($(TextField.class, dialog).first()).setValue("长".repeat(151));
        test(save).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("内容过长：名称");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(test(save).isUsable()).isTrue();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void department_and_confirmation_buttons_are_disabled_on_click() {
        UI.getCurrent().navigate("departments");
        test($(Button.class).all().stream()
                        .filter(b -> "新增科室".equals(b.getText()))
                        .findFirst()
                        .orElseThrow())
                .click();
        assertThat(saveIn($(Dialog.class).last()).isDisableOnClick()).isTrue();

        Dialog confirm = Confirm.ask(UI.getCurrent(), "action.confirm", "?", "action.confirm", () -> {});
        assertThat($(Button.class, confirm).withId("confirm-button").single().isDisableOnClick())
                .isTrue();
    }
}
