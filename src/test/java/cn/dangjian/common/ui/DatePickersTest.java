package cn.dangjian.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Date pickers speak the viewer's language instead of Vaadin's English defaults. */
@IntegrationTest
class DatePickersTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(Demo.ADMIN)
    void the_member_form_date_pickers_are_chinese() {
        UI.getCurrent().navigate("members");
        test($(Button.class).all().stream()
                        .filter(b -> "新增党员".equals(b.getText()))
                        .findFirst()
                        .orElseThrow())
                .click();
        DatePicker birth = $(DatePicker.class, $(Dialog.class).last()).first();
        DatePicker.DatePickerI18n i18n = birth.getI18n();
        assertThat(i18n).isNotNull();
        assertThat(i18n.getMonthNames()).startsWith("一月");
        assertThat(i18n.getWeekdaysShort()).startsWith("周日");
        assertThat(i18n.getToday()).isEqualTo("今天");
        assertThat(i18n.getCancel()).isEqualTo("取消");
        assertThat(i18n.getDateFormats()).startsWith("yyyy-MM-dd");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void in_english_the_names_are_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        DatePicker.DatePickerI18n i18n = DatePickers.localized(new DatePicker()).getI18n();
        assertThat(i18n.getMonthNames()).startsWith("January");
        assertThat(i18n.getToday()).isEqualTo("Today");
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void enter_submits_the_member_form_from_its_text_fields_not_from_its_date_pickers() {
        UI.getCurrent().navigate("members");
        test($(Button.class).all().stream()
                        .filter(b -> "新增党员".equals(b.getText()))
                        .findFirst()
                        .orElseThrow())
                .click();
        Dialog dialog = $(Dialog.class).last();
        int before = $(Notification.class).all().size();

        ShortcutsKt._fireShortcut($(DatePicker.class, dialog).first(), Key.ENTER);
        assertThat(dialog.isOpened()).isTrue();
        assertThat($(TextField.class, dialog).first().isInvalid()).isFalse();

        ShortcutsKt._fireShortcut($(TextField.class, dialog).first(), Key.ENTER);
        // The empty form was submitted from the name field: the binder marks the required name.
        assertThat($(TextField.class, dialog).first().isInvalid()
                        || $(Notification.class).all().size() > before)
                .isTrue();
    }
}
