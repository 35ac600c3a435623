package cn.dangjian.plan;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.contracts.ClosedNeeds;
import cn.dangjian.common.contracts.ClosedNeeds.ClosedNeed;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Closed needs (已办结/已评价) as evidence of a brand's monthly result, read from the pairing feature through
 * {@link ClosedNeeds}; without that feature there are none to link. A month may point to needs the branch raised
 * or claimed that closed from the start of the brand's year to the month's end: a need closed late in one month
 * is often reported in the next.
 */
@Component
class BrandNeeds {

    private final ObjectProvider<ClosedNeeds> needs;

    BrandNeeds(ObjectProvider<ClosedNeeds> needs) {
        this.needs = needs;
    }

    List<ClosedNeed> linkable(long branchId, YearMonth month) {
        ClosedNeeds source = needs.getIfAvailable();
        return source == null
                ? List.of()
                : source.of(branchId, month.withMonth(1).atDay(1), month.atEndOfMonth());
    }

    /** Refuses needs the branch may not link for the month. */
    void check(long branchId, YearMonth month, Set<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<Long> allowed =
                linkable(branchId, month).stream().map(ClosedNeed::id).collect(Collectors.toSet());
        if (!allowed.containsAll(ids)) {
            throw new BusinessException("plan.brand.needs.invalid");
        }
    }

    List<ClosedNeed> byIds(Collection<Long> ids) {
        ClosedNeeds source = needs.getIfAvailable();
        return source == null || ids.isEmpty() ? List.of() : source.byIds(ids);
    }
}
