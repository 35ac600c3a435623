package cn.dangjian.common.export;

import cn.dangjian.common.i18n.BundleI18NProvider;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What every record-book source needs besides its data and the organisation: the texts in the viewer's language and
 * the clock for the "made at" line. Sources take this one argument instead of the same two each; the branch check
 * they share is {@code OrganizationDirectory.readableBranch}.
 */
@Component
public class RecordBookKit {

    private final BundleI18NProvider texts;
    private final Clock clock;

    RecordBookKit(BundleI18NProvider texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    public BookTexts texts(Locale locale) {
        return new BookTexts(texts, locale);
    }

    /** Whether a bundle key exists (the audit extract names entity types it has a label for). */
    public boolean hasText(String key) {
        return texts.has(key);
    }

    /** The lines under every book's title: branch, year and when the file was made. */
    public List<String> lines(BookTexts t, String branchName, int year) {
        return t.lines(branchName, year, clock);
    }
}
