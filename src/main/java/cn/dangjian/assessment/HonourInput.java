package cn.dangjian.assessment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A new honour: a member award names the member, a branch award the branch (and 最佳党日活动 its held event). */
public record HonourInput(
        int year,
        AwardKind award,
        @Nullable Long memberId,
        @Nullable Long branchId,
        @Nullable Long eventId,
        LocalDate decidedOn,
        @Nullable String citation) {}
