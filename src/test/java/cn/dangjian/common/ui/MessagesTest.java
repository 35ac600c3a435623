package cn.dangjian.common.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.pairing.AllianceLevel;
import cn.dangjian.pairing.ExternalUnitInput;
import cn.dangjian.pairing.ExternalUnitService;
import cn.dangjian.pairing.ExternalUnitType;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Refusals read as sentences: fields by their labels in the viewer's language, years without a thousands comma. */
@IntegrationTest
class MessagesTest extends SpringBrowserlessTest {

    @Autowired
    ExternalUnitService units;

    private Div context() {
        Div div = new Div();
        UI.getCurrent().add(div);
        return div;
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void a_too_long_name_from_bean_validation_is_named_by_its_label() {
        ExternalUnitInput unit = new ExternalUnitInput(
                null, 0, "长".repeat(151), ExternalUnitType.values()[0], AllianceLevel.SOCIETY, null, null, null);
        Div context = context();
        assertThatThrownBy(() -> units.save(unit))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(Notifier.message(context, e)).isEqualTo("内容过长：名称"));
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void field_codes_given_by_services_are_named_by_their_labels_in_both_languages() {
        Div context = context();
        assertThat(Notifier.message(context, new BusinessException("validation.tooLong", "note")))
                .isEqualTo("内容过长：备注");
        assertThat(Notifier.message(context, new BusinessException("validation.required", "field.title")))
                .isEqualTo("必填项：标题");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(Notifier.message(context, new BusinessException("validation.tooLong", "field.title")))
                .isEqualTo("Too long: Title");
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void a_year_in_a_message_has_no_thousands_separator() {
        Div context = context();
        String zh = Notifier.message(
                context,
                new BusinessException(
                        "points.submit.closedYear", LocalDate.of(2025, 12, 1).toString(), 2026));
        assertThat(zh).contains("2026 年").doesNotContain("2,026");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(Notifier.message(context, new BusinessException("points.submit.closedYear", "2025-12-01", 2026)))
                .contains("(2026)");
    }
}
