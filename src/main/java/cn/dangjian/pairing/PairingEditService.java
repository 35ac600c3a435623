package cn.dangjian.pairing;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.Validation;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changing pairings: create and edit (with goals and document), remove the document, delete drafts. */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
public class PairingEditService {

    private final PairingRepository pairings;
    private final ExternalUnitRepository units;
    private final PairingAttachmentRepository attachments;
    private final PairingTransitionRepository transitions;
    private final PairingAccess access;
    private final PairingDuplicates duplicates;
    private final OrganizationDirectory organization;
    private final Validation validation;
    private final AuditService audit;
    private final EntityManager em;
    private final Clock clock;

    PairingEditService(
            PairingRepository pairings,
            ExternalUnitRepository units,
            PairingAttachmentRepository attachments,
            PairingTransitionRepository transitions,
            PairingAccess access,
            PairingDuplicates duplicates,
            OrganizationDirectory organization,
            Validation validation,
            AuditService audit,
            EntityManager em,
            Clock clock) {
        this.pairings = pairings;
        this.units = units;
        this.attachments = attachments;
        this.transitions = transitions;
        this.access = access;
        this.duplicates = duplicates;
        this.organization = organization;
        this.validation = validation;
        this.audit = audit;
        this.em = em;
        this.clock = clock;
    }

    /** The two parties a form names, both checked to exist; exactly one of partner and unit is set. */
    private record Parties(
            BranchRef branch,
            @Nullable BranchRef partner,
            @Nullable ExternalUnit unit) {}

    /**
     * Creates (always as a draft) or edits a pairing with its goals and, optionally, a new document.
     * Everything is checked before anything is written, and all of it commits or none.
     */
    @Transactional
    public Long save(PairingForm form, @Nullable AttachmentUpload upload) {
        validation.check(form);
        String contentType = upload == null ? null : AttachmentRules.check(upload);
        Pairing target = form.id() == null ? new Pairing(form.kind(), form.branchId()) : editable(form);
        if ((target.getKind() == PairingKind.ALLIANCE) != (form.kind() == PairingKind.ALLIANCE)) {
            throw new BusinessException("alliance.kindFixed");
        }
        Map<Long, BranchRef> branches = organization.branchesById();
        Parties parties = parties(form, branches);
        checkDates(form);
        if (target.getStatus().isLive()) {
            duplicates.refuse(
                    target.getId(),
                    form.kind(),
                    parties.branch().id(),
                    parties.partner() == null ? null : parties.partner().id(),
                    parties.unit(),
                    form.termStart(),
                    form.termEnd());
        }
        Map<String, Object> before = form.id() == null ? Map.of() : target.auditSnapshot(branches);
        apply(form, parties, target);
        boolean created = target.getId() == null;
        Pairing saved = pairings.save(target);
        if (!created) {
            // Goal-only edits must still move the version, or a stale form could overwrite them.
            em.lock(saved, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        pairings.flush();
        if (created) {
            transitions.save(new PairingTransition(
                    saved.getId(), null, PairingStatus.DRAFT, access.user().getUsername(), Instant.now(clock), null));
        }
        Map<String, Object> after = saved.auditSnapshot(branches);
        if (upload != null) {
            storeAttachment(saved.getId(), upload, contentType);
            after.put("attachment", upload.fileName() + " (" + upload.data().length + " B)");
        }
        audit.record("Pairing", saved.getId(), created ? "CREATE" : "UPDATE", saved.getAgreementTitle(), before, after);
        return saved.getId();
    }

    private Pairing editable(PairingForm form) {
        Pairing target = access.readable(form.id());
        if (!access.canEdit(target)) {
            throw new NotFoundException();
        }
        if (target.getVersion() != form.version()) {
            throw new BusinessException("error.conflict");
        }
        return target;
    }

    /** The form's parties; a secretary may only name pairings their own branch is a party to. */
    private Parties parties(PairingForm form, Map<Long, BranchRef> branches) {
        BranchRef branch = branches.get(form.branchId());
        if (branch == null) {
            throw new NotFoundException();
        }
        BranchRef partner = null;
        ExternalUnit unit = null;
        if (form.kind() == PairingKind.INTERNAL) {
            if (form.partnerBranchId() == null) {
                throw new BusinessException("validation.required", "partnerBranchId");
            }
            if (form.partnerBranchId().equals(form.branchId())) {
                throw new BusinessException("pairing.samePartner");
            }
            partner = branches.get(form.partnerBranchId());
            if (partner == null) {
                throw new NotFoundException();
            }
        } else if (form.kind() == PairingKind.ALLIANCE) {
            // An alliance's parties live in pairing_party (AllianceService); the form edits its charter only.
            if (form.id() == null) {
                throw new BusinessException("alliance.createThroughAlliances");
            }
        } else {
            if (form.externalUnitId() == null) {
                throw new BusinessException("validation.required", "externalUnitId");
            }
            unit = units.findById(form.externalUnitId()).orElseThrow(NotFoundException::new);
        }
        AppUser user = access.user();
        boolean own = form.branchId().equals(user.branchId())
                || (partner != null && partner.id().equals(user.branchId()));
        if (!user.isAdmin() && !own) {
            throw new NotFoundException();
        }
        return new Parties(branch, partner, unit);
    }

    private static void apply(PairingForm form, Parties parties, Pairing target) {
        target.setKind(form.kind());
        target.setBranchId(parties.branch().id());
        target.setPartnerBranchId(
                parties.partner() == null ? null : parties.partner().id());
        target.setExternalUnit(parties.unit());
        target.setAgreementTitle(form.agreementTitle().trim());
        target.setSignedDate(form.signedDate());
        target.setTermStart(form.termStart());
        target.setTermEnd(form.termEnd());
        target.setSignatoryOwn(blankToNull(form.signatoryOwn()));
        target.setSignatoryPartner(blankToNull(form.signatoryPartner()));
        target.setSummary(blankToNull(form.summary()));
        mergeGoals(target, form.goals());
    }

    private void storeAttachment(Long pairingId, AttachmentUpload upload, @Nullable String contentType) {
        PairingAttachment a = attachments.findByPairingId(pairingId).orElseGet(() -> new PairingAttachment(pairingId));
        a.replace(upload.fileName().trim(), contentType, upload.data());
        attachments.saveAndFlush(a);
    }

    private static void mergeGoals(Pairing target, List<PairingForm.GoalForm> forms) {
        Map<Long, PairingGoal> existing = new HashMap<>();
        target.getGoals().forEach(g -> existing.put(g.getId(), g));
        List<PairingGoal> next = new ArrayList<>();
        int position = 0;
        for (PairingForm.GoalForm f : forms) {
            PairingGoal g = f.id() == null ? new PairingGoal(target) : existing.get(f.id());
            if (g == null) {
                throw new NotFoundException();
            }
            g.setDimension(f.dimension());
            g.setTarget(f.target().trim());
            g.setTargetCount(f.targetCount());
            g.setDueDate(f.dueDate());
            g.setPosition(position++);
            next.add(g);
        }
        target.getGoals().removeIf(g -> !next.contains(g));
        next.stream().filter(g -> g.getId() == null).forEach(target.getGoals()::add);
    }

    static void checkDates(PairingForm form) {
        if (form.termEnd().isBefore(form.termStart())) {
            throw new BusinessException("pairing.termEndBeforeStart");
        }
        if (form.signedDate() != null && form.signedDate().isAfter(form.termEnd())) {
            throw new BusinessException("pairing.signedAfterTerm");
        }
        for (PairingForm.GoalForm g : form.goals()) {
            if (g.targetCount() != null && g.targetCount() < 1) {
                throw new BusinessException("pairing.goal.badCount", g.target());
            }
            if (g.dueDate().isBefore(form.termStart()) || g.dueDate().isAfter(form.termEnd())) {
                throw new BusinessException("pairing.goal.dueOutsideTerm", g.target());
            }
        }
    }

    /** Deletes a draft that was never activated. Admins, or a secretary of either party. */
    @Transactional
    public void deleteDraft(Long id, long expectedVersion) {
        Pairing p = access.readable(id);
        if (!access.canEdit(p)) {
            throw new NotFoundException();
        }
        if (p.getStatus() != PairingStatus.DRAFT) {
            throw new BusinessException("pairing.onlyDraftDeleted");
        }
        if (p.getVersion() != expectedVersion) {
            throw new BusinessException("error.conflict");
        }
        audit.record(
                "Pairing", id, "DELETE", p.getAgreementTitle(), p.auditSnapshot(organization.branchesById()), Map.of());
        pairings.delete(p);
        pairings.flush();
    }

    @Transactional
    public void removeAttachment(Long pairingId, long expectedVersion) {
        Pairing p = access.readable(pairingId);
        if (!access.canEdit(p)) {
            throw new NotFoundException();
        }
        if (p.getVersion() != expectedVersion) {
            throw new BusinessException("error.conflict");
        }
        PairingAttachment a = attachments.findByPairingId(pairingId).orElseThrow(NotFoundException::new);
        audit.record(
                "Pairing", pairingId, "UPDATE", p.getAgreementTitle(), Map.of("attachment", a.getFileName()), Map.of());
        attachments.delete(a);
        em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        attachments.flush();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
