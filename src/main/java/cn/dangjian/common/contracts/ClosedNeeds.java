package cn.dangjian.common.contracts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Implemented by the pairing feature's three lists (issue 8); read by the plan's brand projects (issue 9), whose
 * monthly results may point to closed needs as evidence. The plan injects it as {@code ObjectProvider<ClosedNeeds>}
 * and works without it. Callers check access themselves: this answers for any branch.
 */
public interface ClosedNeeds {

    /** Needs the branch raised or claimed (solo or jointly) that reached 已办结 or 已评价 within [from, to]. */
    List<ClosedNeed> of(long branchId, LocalDate from, LocalDate to);

    /** The needs with these ids, as they are now; unknown ids are left out. */
    List<ClosedNeed> byIds(Collection<Long> ids);

    /**
     * @param rated the requester has rated it (已评价)
     * @param pairingId the pairing or alliance it was addressed to, null for the open list
     */
    record ClosedNeed(
            long id,
            String title,
            LocalDate closedOn,
            boolean rated,
            @Nullable Long pairingId) {}
}
