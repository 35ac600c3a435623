package cn.dangjian.common.export;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One kind of record book a feature offers per branch and year. Features above the organisation implement it as
 * secured services; the 台账 page lists every implementation, so it needs none of them to exist. Implementations
 * check that the viewer may read the branch (the same 404 as elsewhere when not).
 */
public interface RecordBookSource {

    /** The book as the 台账 page lists it, declared once per source. */
    Description description();

    /** Whether the signed-in user may have this book at all (the audit extract is for administrators). */
    default boolean available() {
        return true;
    }

    /** The items of which one is chosen (the sign-in sheet's events); empty when the book covers the whole year. */
    default List<Choice> choices(long branchId, int year) {
        return List.of();
    }

    RecordBook build(long branchId, int year, @Nullable Long choice, Locale locale);

    /**
     * What the 台账 page lists of a book.
     *
     * @param key a short stable name, used in file names: {@code meetings}, {@code roster}, ...
     * @param order where the book stands in the page's list
     * @param titleKey the bundle key of the book's name
     * @param choosing whether the book covers one item chosen from {@link #choices} (the sign-in sheet's event);
     *     such a book offers its downloads only once there is something to choose
     */
    record Description(String key, int order, String titleKey, boolean choosing) {

        /** A book of the whole year. */
        public static Description of(String key, int order, String titleKey) {
            return new Description(key, order, titleKey, false);
        }
    }

    /** An item to choose, labelled for the viewer. */
    record Choice(long id, String label) {}
}
