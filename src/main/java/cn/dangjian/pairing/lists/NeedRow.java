package cn.dangjian.pairing.lists;

import cn.dangjian.common.contracts.JointEventScheduling;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A need (or project) as the lists show it, with what the viewer may do with it. */
public record NeedRow(
        Long id,
        long version,
        String title,
        NeedKind kind,
        @Nullable String description,
        LocalDate raisedOn,
        LocalDate wantedBy,
        @Nullable Long raisedByBranchId,
        String requester,
        @Nullable String addressedTo,
        NeedStatus status,
        @Nullable ClaimMode claimMode,
        List<String> claimants,
        @Nullable String resource,
        @Nullable LocalDate closedOn,
        @Nullable String result,
        @Nullable NeedRating rating,
        @Nullable String ratingComment,
        boolean overdue,
        boolean open,
        boolean canClaim,
        boolean canClose,
        boolean canRate,
        boolean canWithdraw,
        boolean canScheduleEvent,
        List<JointEventScheduling.Line> events) {

    /** The project's evidence: its linked joint events that were held. */
    public long heldEvents() {
        return events.stream().filter(JointEventScheduling.Line::held).count();
    }
}
