package cn.dangjian.common.export;

import cn.dangjian.common.i18n.BundleI18NProvider;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The texts of one record book in the viewer's language, and the lines every book carries under its title. */
public record BookTexts(BundleI18NProvider provider, Locale locale) {

    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String t(String key, Object... args) {
        return provider.getTranslation(key, locale, args);
    }

    /** 党支部, 年度 and when the file was made (so a printed copy says how current it is). */
    public List<String> lines(String branchName, int year, Clock clock) {
        return List.of(
                t("book.line.branch", branchName),
                t("book.line.year", String.valueOf(year)),
                t("book.line.made", MADE.format(LocalDateTime.now(clock))));
    }

    public boolean chinese() {
        return !"en".equals(locale.getLanguage());
    }
}
