package cn.dangjian.common.ui;

import cn.dangjian.common.i18n.BundleI18NProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Date pickers in the viewer's language: month and weekday names from the JDK's locale data (一月, 周日),
 * "today" and "cancel" from the bundles, weeks from Monday, and dates typed and shown as yyyy-MM-dd, the way
 * hospital forms write them (2026/3/5 and 2026.3.5 are read too). Vaadin's defaults are English.
 */
public final class DatePickers {

    private DatePickers() {}

    /** Localises {@code picker} for the current viewer and returns it. */
    public static DatePicker localized(DatePicker picker) {
        picker.setI18n(i18n(picker));
        return picker;
    }

    public static DatePickerI18n i18n(Component context) {
        UI ui = UI.getCurrent();
        Locale locale = ui != null ? ui.getLocale() : BundleI18NProvider.CHINESE;
        List<String> months = Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL, locale))
                .toList();
        List<DayOfWeek> sundayFirst = Stream.concat(
                        Stream.of(DayOfWeek.SUNDAY),
                        Stream.of(DayOfWeek.values()).filter(d -> d != DayOfWeek.SUNDAY))
                .toList();
        return new DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(sundayFirst.stream()
                        .map(d -> d.getDisplayName(TextStyle.FULL, locale))
                        .toList())
                .setWeekdaysShort(sundayFirst.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                        .toList())
                .setFirstDayOfWeek(1)
                .setToday(context.getTranslation("datePicker.today"))
                .setCancel(context.getTranslation("action.cancel"))
                .setDateFormats("yyyy-MM-dd", "yyyy/M/d", "yyyy.M.d", "yyyy-M-d")
                .setBadInputErrorMessage(context.getTranslation("datePicker.badInput"));
    }
}
