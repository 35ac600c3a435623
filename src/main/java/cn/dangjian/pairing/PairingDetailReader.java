package cn.dangjian.pairing;

import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A pairing's detail page as one read model: agreement, goals with their progress, evidence, lifecycle
 * history, health, and what the viewer may do with it. {@link PairingService#detail} checks access and
 * holds the transaction.
 */
@Component
class PairingDetailReader {

    private final PairingAttachmentRepository attachments;
    private final PairingTransitionRepository transitions;
    private final PairingEvidenceRepository evidence;
    private final PairingGoalRepository goals;
    private final PairingAccess access;
    private final PairingHealthCalculator health;
    private final OrganizationDirectory organization;

    PairingDetailReader(
            PairingAttachmentRepository attachments,
            PairingTransitionRepository transitions,
            PairingEvidenceRepository evidence,
            PairingGoalRepository goals,
            PairingAccess access,
            PairingHealthCalculator health,
            OrganizationDirectory organization) {
        this.attachments = attachments;
        this.transitions = transitions;
        this.evidence = evidence;
        this.goals = goals;
        this.access = access;
        this.health = health;
        this.organization = organization;
    }

    /** The detail of {@code p}, which the caller has already checked the viewer may read. */
    PairingDetail of(Pairing p) {
        Long id = p.getId();
        Map<Long, BranchRef> branches = organization.branchesById();
        PairingBase base = PairingService.baseOf(p, branches);
        PairingHealthCalculator.Facts facts = health.facts(List.of(base)).get(id);
        Map<Long, Long> linked = new HashMap<>();
        for (Object[] row : goals.countEvidenceByGoal(List.of(id))) {
            linked.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        var today = health.today();
        List<PairingDetail.GoalProgress> goalRows = p.getGoals().stream()
                .map(g -> {
                    long n = linked.getOrDefault(g.getId(), 0L);
                    boolean met = PairingHealthRule.goalMet(g.getMetDate(), g.getTargetCount(), n);
                    return new PairingDetail.GoalProgress(
                            g.getId(),
                            g.getVersion(),
                            g.getDimension(),
                            g.getTarget(),
                            g.getTargetCount(),
                            g.getDueDate(),
                            g.getMetDate(),
                            n,
                            met,
                            !met && g.getDueDate().isBefore(today));
                })
                .toList();
        List<PairingDetail.EvidenceItem> evidenceRows = evidence.findByPairing(id).stream()
                .map(e -> new PairingDetail.EvidenceItem(
                        e.getId(),
                        e.getKind(),
                        e.getTitle(),
                        e.getHappenedOn(),
                        e.getDescription(),
                        e.getCalendarEventId() != null,
                        Set.copyOf(e.getGoalIds()),
                        e.getCreatedBy(),
                        e.getExternalParticipants(),
                        e.getPeopleServed()))
                .toList();
        List<PairingDetail.TransitionItem> history = transitions.findByPairing(id).stream()
                .map(t -> new PairingDetail.TransitionItem(
                        t.getFromStatus(), t.getToStatus(), t.getActor(), t.getHappenedAt(), t.getNote()))
                .toList();
        ExternalUnit unit = p.getExternalUnit();
        String contact = unit == null ? null : join(unit.getContactPerson(), unit.getContactPhone());
        return new PairingDetail(
                p.getId(),
                p.getVersion(),
                p.getKind(),
                p.getBranchId(),
                base.branchName(),
                p.getPartnerBranchId(),
                base.partnerName(),
                unit == null ? null : unit.getType(),
                contact,
                base.level(),
                p.getStatus(),
                p.getAgreementTitle(),
                p.getSignedDate(),
                p.getTermStart(),
                p.getTermEnd(),
                p.getSignatoryOwn(),
                p.getSignatoryPartner(),
                p.getSummary(),
                attachments.findInfo(id).orElse(null),
                goalRows,
                evidenceRows,
                history,
                facts.verdict(),
                facts.reviewDue(),
                access.canEdit(p),
                access.canWork(p) && p.getStatus().isLive(),
                access.user().isAdmin());
    }

    private static @Nullable String join(@Nullable String a, @Nullable String b) {
        if (a == null && b == null) {
            return null;
        }
        return a == null ? b : b == null ? a : a + " " + b;
    }
}
