package cn.dangjian.assessment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An honour as lists show it, with the recipient's name. */
public record HonourRow(
        long id,
        int year,
        AwardKind award,
        @Nullable Long memberId,
        @Nullable Long branchId,
        String recipient,
        @Nullable Long eventId,
        LocalDate decidedOn,
        @Nullable String citation) {}
