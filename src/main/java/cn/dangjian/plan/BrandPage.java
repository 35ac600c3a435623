package cn.dangjian.plan;

import cn.dangjian.calendar.HeldEvent;
import cn.dangjian.common.contracts.ClosedNeeds.ClosedNeed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A brand project with its monthly results, as the branch page and the editor show it. */
public record BrandPage(
        long id,
        long version,
        long branchId,
        int year,
        BrandInput brand,
        BrandState state,
        @Nullable String reviewComment,
        @Nullable String keyTaskTitle,
        List<MonthRow> months,
        boolean canEdit,
        boolean canReview) {

    /** A month's result line with its evidence and the office's comment. */
    public record MonthRow(
            long id,
            long version,
            int month,
            String result,
            @Nullable String officeComment,
            List<HeldEvent> events,
            List<ClosedNeed> needs,
            List<String> files) {

        /** A result counts once it has evidence: a held event, a closed need or a file. */
        public boolean withEvidence() {
            return !events.isEmpty() || !needs.isEmpty() || !files.isEmpty();
        }
    }
}
