package cn.dangjian.pairing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Everything the pairing page shows, and what the viewer may do there. */
public record PairingDetail(
        Long id,
        long version,
        PairingKind kind,
        Long branchId,
        String branchName,
        @Nullable Long partnerBranchId,
        String partnerName,
        @Nullable ExternalUnitType unitType,
        @Nullable String unitContact,
        AllianceLevel level,
        PairingStatus status,
        String agreementTitle,
        @Nullable LocalDate signedDate,
        LocalDate termStart,
        LocalDate termEnd,
        @Nullable String signatoryOwn,
        @Nullable String signatoryPartner,
        @Nullable String summary,
        @Nullable AttachmentInfo attachment,
        List<GoalProgress> goals,
        List<EvidenceItem> evidence,
        List<TransitionItem> transitions,
        PairingHealthRule.@Nullable Verdict health,
        boolean reviewDue,
        boolean canEdit,
        boolean canRecordEvidence,
        boolean canManage) {

    public record GoalProgress(
            Long id,
            long version,
            GoalDimension dimension,
            String target,
            @Nullable Integer targetCount,
            LocalDate dueDate,
            @Nullable LocalDate metDate,
            long linkedEvidence,
            boolean met,
            boolean overdue) {}

    public record EvidenceItem(
            Long id,
            EvidenceKind kind,
            String title,
            LocalDate happenedOn,
            @Nullable String description,
            boolean fromCalendar,
            Set<Long> goalIds,
            @Nullable String recordedBy,
            @Nullable Integer externalParticipants,
            @Nullable Integer peopleServed) {}

    public record TransitionItem(
            @Nullable PairingStatus from,
            PairingStatus to,
            String actor,
            Instant at,
            @Nullable String note) {}
}
