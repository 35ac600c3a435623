package cn.dangjian.points;

import org.jspecify.annotations.Nullable;

/** The outcome of checking the hash chains: the first broken link, if any. */
public record Verification(boolean intact, long entriesChecked, @Nullable Long entryId, @Nullable Long memberId,
        @Nullable Integer seq, @Nullable String problem) {

    static Verification ok(long checked) {
        return new Verification(true, checked, null, null, null, null);
    }
}
