package cn.dangjian.pairing;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pairing's lifecycle: draft → active → under review → renewed or ended. Only administrators move
 * a pairing; each move records who and when.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class PairingLifecycleService {

    private final PairingRepository pairings;
    private final PairingTransitionRepository transitions;
    private final PairingAccess access;
    private final PairingDuplicates duplicates;
    private final OrganizationDirectory organization;
    private final AuditService audit;
    private final Clock clock;

    PairingLifecycleService(
            PairingRepository pairings,
            PairingTransitionRepository transitions,
            PairingAccess access,
            PairingDuplicates duplicates,
            OrganizationDirectory organization,
            AuditService audit,
            Clock clock) {
        this.pairings = pairings;
        this.transitions = transitions;
        this.access = access;
        this.duplicates = duplicates;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    /** Signed: the draft becomes active. Needs a signing date and at least one goal, and no overlapping twin. */
    @Transactional
    public void activate(Long id, long expectedVersion) {
        Pairing p = load(id, expectedVersion, Set.of(PairingStatus.DRAFT));
        if (p.getSignedDate() == null) {
            throw new BusinessException("pairing.activate.needsSignature");
        }
        if (p.getGoals().isEmpty()) {
            throw new BusinessException("pairing.activate.needsGoals");
        }
        duplicates.refuse(
                p.getId(),
                p.getKind(),
                p.getBranchId(),
                p.getPartnerBranchId(),
                p.getExternalUnit(),
                p.getTermStart(),
                p.getTermEnd());
        move(p, PairingStatus.ACTIVE, null);
    }

    @Transactional
    public void startReview(Long id, long expectedVersion, @Nullable String note) {
        move(
                load(id, expectedVersion, Set.of(PairingStatus.ACTIVE, PairingStatus.RENEWED)),
                PairingStatus.UNDER_REVIEW,
                note);
    }

    /** The review decided to go on: the term is extended to the new end. */
    @Transactional
    public void renew(Long id, long expectedVersion, LocalDate newTermEnd, @Nullable String note) {
        Pairing p = load(id, expectedVersion, Set.of(PairingStatus.UNDER_REVIEW));
        if (!newTermEnd.isAfter(p.getTermEnd())) {
            throw new BusinessException("pairing.renew.endNotLater");
        }
        duplicates.refuse(
                p.getId(),
                p.getKind(),
                p.getBranchId(),
                p.getPartnerBranchId(),
                p.getExternalUnit(),
                p.getTermStart(),
                newTermEnd);
        Map<Long, BranchRef> branches = organization.branchesById();
        Map<String, Object> before = p.auditSnapshot(branches);
        p.setTermEnd(newTermEnd);
        audit.record("Pairing", id, "UPDATE", p.getAgreementTitle(), before, p.auditSnapshot(branches));
        move(p, PairingStatus.RENEWED, note);
    }

    @Transactional
    public void end(Long id, long expectedVersion, @Nullable String note) {
        move(load(id, expectedVersion, PairingService.LIVE), PairingStatus.ENDED, note);
    }

    private Pairing load(Long id, long expectedVersion, Set<PairingStatus> from) {
        Pairing p = access.readable(id);
        if (p.getVersion() != expectedVersion) {
            throw new BusinessException("error.conflict");
        }
        if (!from.contains(p.getStatus())) {
            throw new BusinessException("pairing.transition.notAllowed", "enum.PairingStatus." + p.getStatus());
        }
        return p;
    }

    private void move(Pairing p, PairingStatus to, @Nullable String note) {
        PairingStatus from = p.getStatus();
        p.setStatus(to);
        pairings.saveAndFlush(p);
        String trimmed = note == null || note.isBlank() ? null : note.trim();
        transitions.save(
                new PairingTransition(p.getId(), from, to, access.user().getUsername(), Instant.now(clock), trimmed));
        audit.record(
                "Pairing", p.getId(), "UPDATE", p.getAgreementTitle(), Map.of("status", from), Map.of("status", to));
    }
}
