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

    /** A short stable name, used in file names: {@code meetings}, {@code roster}, ... */
    String key();

    /** Where the book stands in the page's list. */
    int order();

    /** The bundle key of the book's name. */
    String titleKey();

    /** Whether the signed-in user may have this book at all (the audit extract is for administrators). */
    default boolean available() {
        return true;
    }

    /** The items of which one is chosen (the sign-in sheet's events); empty when the book covers the whole year. */
    default List<Choice> choices(long branchId, int year) {
        return List.of();
    }

    RecordBook build(long branchId, int year, @Nullable Long choice, Locale locale);

    /** An item to choose, labelled for the viewer. */
    record Choice(long id, String label) {}
}
