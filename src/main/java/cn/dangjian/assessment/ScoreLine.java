package cn.dangjian.assessment;

import org.jspecify.annotations.Nullable;

/** One indicator of a sheet as the sheet view shows it. */
public record ScoreLine(
        long scoreId,
        String dimension,
        String indicator,
        Measure measure,
        @Nullable Formula formula,
        double max,
        String rule,
        @Nullable Double auto,
        @Nullable String evidenceText,
        @Nullable String evidenceLink,
        @Nullable Double self,
        @Nullable String justification,
        @Nullable String attachmentName,
        @Nullable Double review,
        @Nullable String reviewReason,
        double effective,
        long version) {

    /** The office changed what the computation or the branch said. */
    public boolean overridden() {
        return review != null;
    }
}
