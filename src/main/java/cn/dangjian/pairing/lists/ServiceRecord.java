package cn.dangjian.pairing.lists;

import org.jspecify.annotations.Nullable;

/**
 * A branch's service record (服务型支部) for a year: needs received (raised that year, addressed to it through a
 * pairing or alliance or claimed by it), claimed and closed by it that year, the median days from raising to
 * closing, and of the closed ones how many the requester rated and rated 满意 or 基本满意.
 */
public record ServiceRecord(
        long branchId,
        String branchName,
        int received,
        int claimed,
        int closed,
        @Nullable Double medianDaysToClose,
        int rated,
        int satisfied) {

    /** Satisfied among the rated, 0..1; null when nothing was rated. */
    public @Nullable Double satisfiedShare() {
        return rated == 0 ? null : (double) satisfied / rated;
    }
}
