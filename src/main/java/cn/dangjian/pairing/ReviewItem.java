package cn.dangjian.pairing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A kept review as the pairing's page shows it. */
public record ReviewItem(
        Long id,
        LocalDate reviewedOn,
        ReviewFigures figures,
        @Nullable String leadComment,
        @Nullable String partnerComments,
        ReviewOutcome outcome,
        String reviewer) {}
