package cn.dangjian.pairing;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.Validation;
import cn.dangjian.audit.AuditService;
import cn.dangjian.organization.Branch;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pairings and their agreements: list, detail, create and edit (with goals and document), delete drafts. */
@Service
@NullMarked
public class PairingService {

    static final Set<PairingStatus> LIVE = Set.of(PairingStatus.ACTIVE, PairingStatus.UNDER_REVIEW, PairingStatus.RENEWED);

    private static final Map<String, Comparator<PairingRow>> SORTABLE = Map.of(
            "branch", Comparator.comparing(PairingRow::branchName),
            "partner", Comparator.comparing(PairingRow::partnerName),
            "status", Comparator.comparing(PairingRow::status),
            "termStart", Comparator.comparing(PairingRow::termStart),
            "termEnd", Comparator.comparing(PairingRow::termEnd),
            "health", Comparator.comparing(r -> r.healthValue() == null ? 9 : -r.healthValue().ordinal()),
            "evidence", Comparator.comparingInt(PairingRow::recentEvidence));

    private final PairingRepository pairings;
    private final ExternalUnitRepository units;
    private final PairingAttachmentRepository attachments;
    private final PairingTransitionRepository transitions;
    private final PairingEvidenceRepository evidence;
    private final PairingGoalRepository goals;
    private final PairingAccess access;
    private final PairingHealthCalculator health;
    private final Validation validation;
    private final AuditService audit;
    private final EntityManager em;
    private final Clock clock;

    PairingService(PairingRepository pairings, ExternalUnitRepository units, PairingAttachmentRepository attachments,
            PairingTransitionRepository transitions, PairingEvidenceRepository evidence, PairingGoalRepository goals,
            PairingAccess access, PairingHealthCalculator health, Validation validation, AuditService audit,
            EntityManager em, Clock clock) {
        this.pairings = pairings;
        this.units = units;
        this.attachments = attachments;
        this.transitions = transitions;
        this.evidence = evidence;
        this.goals = goals;
        this.access = access;
        this.health = health;
        this.validation = validation;
        this.audit = audit;
        this.em = em;
        this.clock = clock;
    }

    /**
     * A page of the pairings the viewer may see. Health is computed, not stored, so the scoped rows
     * are read whole and filtered by health in memory: a hospital has some dozens of pairings.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.LEADER})
    public List<PairingRow> search(PairingFilter filter, int offset, int limit, Sort sort) {
        List<PairingRow> rows = rows(filter);
        Comparator<PairingRow> order = null;
        for (Sort.Order o : sort) {
            Comparator<PairingRow> c = SORTABLE.get(o.getProperty());
            if (c != null) {
                c = o.isAscending() ? c : c.reversed();
                order = order == null ? c : order.thenComparing(c);
            }
        }
        Comparator<PairingRow> byDefault = Comparator.comparing((PairingRow r) -> r.status().ordinal())
                .thenComparing(PairingRow::termStart, Comparator.reverseOrder());
        rows.sort((order == null ? byDefault : order).thenComparing(PairingRow::id));
        return rows.subList(Math.min(offset, rows.size()), Math.min(rows.size(), offset + limit));
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.LEADER})
    public int count(PairingFilter filter) {
        return rows(filter).size();
    }

    List<PairingRow> rows(PairingFilter filter) {
        List<PairingBase> bases = bases(filter);
        Map<Long, PairingHealthCalculator.Facts> facts = health.facts(bases);
        List<PairingRow> rows = new ArrayList<>();
        for (PairingBase b : bases) {
            PairingHealthCalculator.Facts f = facts.get(b.id());
            PairingRow row = new PairingRow(b.id(), b.kind(), b.branchId(), b.branchName(), b.partnerBranchId(),
                    b.partnerName(), b.level(), b.status(), b.agreementTitle(), b.termStart(), b.termEnd(), f.verdict(),
                    f.recentEvidence(), f.lastEvidence(), f.goalsDue(), f.goalsDueMet(), f.reviewDue());
            if (filter.health() == null || filter.health() == row.healthValue()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The scoped, filtered pairings; a secretary's scope is applied here whatever the filter says. */
    List<PairingBase> bases(PairingFilter filter) {
        AppUser user = access.user();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (!user.seesWholeHospital()) {
            conditions.add("(b.id = :scope or pb.id = :scope)");
            params.put("scope", user.isSecretary() && user.branchId() != null ? user.branchId() : -1L);
        }
        if (filter.branchId() != null) {
            conditions.add("(b.id = :branch or pb.id = :branch)");
            params.put("branch", filter.branchId());
        }
        if (filter.kind() != null) {
            conditions.add("p.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.status() != null) {
            conditions.add("p.status = :status");
            params.put("status", filter.status());
        }
        TypedQuery<PairingBase> q = em.createQuery("""
                select new cn.dangjian.pairing.PairingBase(p.id, p.kind, b.id, b.name, pb.id, pb.name, u.name,
                  u.allianceLevel, p.status, p.agreementTitle, p.termStart, p.termEnd)
                from Pairing p join p.branch b left join p.partnerBranch pb left join p.externalUnit u"""
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)), PairingBase.class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.LEADER})
    public PairingDetail detail(Long id) {
        Pairing p = access.readable(id);
        PairingBase base = baseOf(p);
        PairingHealthCalculator.Facts facts = health.facts(List.of(base)).get(id);
        Map<Long, Long> linked = new HashMap<>();
        for (Object[] row : goals.countEvidenceByGoal(List.of(id))) {
            linked.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        var today = health.today();
        List<PairingDetail.GoalProgress> goalRows = p.getGoals().stream().map(g -> {
            long n = linked.getOrDefault(g.getId(), 0L);
            boolean met = PairingHealthRule.goalMet(g.getMetDate(), g.getTargetCount(), n);
            return new PairingDetail.GoalProgress(g.getId(), g.getVersion(), g.getDimension(), g.getTarget(),
                    g.getTargetCount(), g.getDueDate(), g.getMetDate(), n, met, !met && g.getDueDate().isBefore(today));
        }).toList();
        List<PairingDetail.EvidenceItem> evidenceRows = evidence.findByPairing(id).stream()
                .map(e -> new PairingDetail.EvidenceItem(e.getId(), e.getKind(), e.getTitle(), e.getHappenedOn(),
                        e.getDescription(), e.getCalendarEventId() != null, Set.copyOf(e.getGoalIds()), e.getCreatedBy()))
                .toList();
        List<PairingDetail.TransitionItem> history = transitions.findByPairing(id).stream()
                .map(t -> new PairingDetail.TransitionItem(t.getFromStatus(), t.getToStatus(), t.getActor(),
                        t.getHappenedAt(), t.getNote()))
                .toList();
        ExternalUnit unit = p.getExternalUnit();
        String contact = unit == null ? null : join(unit.getContactPerson(), unit.getContactPhone());
        return new PairingDetail(p.getId(), p.getVersion(), p.getKind(), p.getBranch().getId(), p.getBranch().getName(),
                p.getPartnerBranch() == null ? null : p.getPartnerBranch().getId(), p.partnerName(),
                unit == null ? null : unit.getType(), contact, base.level(), p.getStatus(), p.getAgreementTitle(),
                p.getSignedDate(), p.getTermStart(), p.getTermEnd(), p.getSignatoryOwn(), p.getSignatoryPartner(),
                p.getSummary(), attachments.findInfo(id).orElse(null), goalRows, evidenceRows, history,
                facts.verdict(), facts.reviewDue(), access.canEdit(p), access.canWork(p) && p.getStatus().isLive(),
                access.user().isAdmin());
    }

    private static @Nullable String join(@Nullable String a, @Nullable String b) {
        if (a == null && b == null) {
            return null;
        }
        return a == null ? b : b == null ? a : a + " " + b;
    }

    static PairingBase baseOf(Pairing p) {
        return new PairingBase(p.getId(), p.getKind(), p.getBranch().getId(), p.getBranch().getName(),
                p.getPartnerBranch() == null ? null : p.getPartnerBranch().getId(),
                p.getPartnerBranch() == null ? null : p.getPartnerBranch().getName(),
                p.getExternalUnit() == null ? null : p.getExternalUnit().getName(),
                p.getExternalUnit() == null ? null : p.getExternalUnit().getAllianceLevel(), p.getStatus(),
                p.getAgreementTitle(), p.getTermStart(), p.getTermEnd());
    }

    /** The pairing as its edit form needs it; only for those who may edit it. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public PairingForm form(Long id) {
        Pairing p = access.readable(id);
        if (!access.canEdit(p)) {
            throw new NotFoundException();
        }
        return new PairingForm(p.getId(), p.getVersion(), p.getKind(), p.getBranch().getId(),
                p.getPartnerBranch() == null ? null : p.getPartnerBranch().getId(),
                p.getExternalUnit() == null ? null : p.getExternalUnit().getId(), p.getAgreementTitle(),
                p.getSignedDate(), p.getTermStart(), p.getTermEnd(), p.getSignatoryOwn(), p.getSignatoryPartner(),
                p.getSummary(), p.getGoals().stream().map(g -> new PairingForm.GoalForm(g.getId(), g.getDimension(),
                        g.getTarget(), g.getTargetCount(), g.getDueDate())).toList());
    }

    /**
     * Creates (always as a draft) or edits a pairing with its goals and, optionally, a new document.
     * Everything is checked before anything is written, and all of it commits or none.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public Long save(PairingForm form, @Nullable AttachmentUpload upload) {
        validation.check(form);
        AppUser user = access.user();
        String contentType = upload == null ? null : AttachmentRules.check(upload);
        Pairing target;
        if (form.id() == null) {
            target = new Pairing(form.kind(), em.getReference(Branch.class, form.branchId()));
        } else {
            target = access.readable(form.id());
            if (!access.canEdit(target)) {
                throw new NotFoundException();
            }
            if (target.getVersion() != form.version()) {
                throw new BusinessException("error.conflict");
            }
        }
        Branch branch = em.find(Branch.class, form.branchId());
        if (branch == null) {
            throw new NotFoundException();
        }
        Branch partner = null;
        ExternalUnit unit = null;
        if (form.kind() == PairingKind.INTERNAL) {
            if (form.partnerBranchId() == null) {
                throw new BusinessException("validation.required", "partnerBranchId");
            }
            if (form.partnerBranchId().equals(form.branchId())) {
                throw new BusinessException("pairing.samePartner");
            }
            partner = em.find(Branch.class, form.partnerBranchId());
            if (partner == null) {
                throw new NotFoundException();
            }
        } else {
            if (form.externalUnitId() == null) {
                throw new BusinessException("validation.required", "externalUnitId");
            }
            unit = units.findById(form.externalUnitId()).orElseThrow(NotFoundException::new);
        }
        if (!user.isAdmin()) {
            boolean own = form.branchId().equals(user.branchId())
                    || (partner != null && partner.getId().equals(user.branchId()));
            if (!own) {
                throw new NotFoundException();
            }
        }
        checkDates(form);
        PairingStatus status = target.getStatus();
        if (status.isLive()) {
            refuseDuplicate(target.getId(), form.kind(), branch.getId(), partner, unit, form.termStart(), form.termEnd());
        }
        Map<String, Object> before = form.id() == null ? Map.of() : target.auditSnapshot();
        target.setKind(form.kind());
        target.setBranch(branch);
        target.setPartnerBranch(partner);
        target.setExternalUnit(unit);
        target.setAgreementTitle(form.agreementTitle().trim());
        target.setSignedDate(form.signedDate());
        target.setTermStart(form.termStart());
        target.setTermEnd(form.termEnd());
        target.setSignatoryOwn(blankToNull(form.signatoryOwn()));
        target.setSignatoryPartner(blankToNull(form.signatoryPartner()));
        target.setSummary(blankToNull(form.summary()));
        mergeGoals(target, form.goals());
        boolean created = target.getId() == null;
        Pairing saved = pairings.save(target);
        if (!created) {
            // Goal-only edits must still move the version, or a stale form could overwrite them.
            em.lock(saved, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        pairings.flush();
        if (created) {
            transitions.save(new PairingTransition(saved.getId(), null, PairingStatus.DRAFT, user.getUsername(),
                    Instant.now(clock), null));
        }
        if (upload != null) {
            PairingAttachment a = attachments.findByPairingId(saved.getId()).orElseGet(() -> new PairingAttachment(saved.getId()));
            a.replace(upload.fileName().trim(), contentType, upload.data());
            attachments.saveAndFlush(a);
        }
        Map<String, Object> after = saved.auditSnapshot();
        if (upload != null) {
            after.put("attachment", upload.fileName() + " (" + upload.data().length + " B)");
        }
        audit.record("Pairing", saved.getId(), created ? "CREATE" : "UPDATE", saved.getAgreementTitle(), before, after);
        return saved.getId();
    }

    private void mergeGoals(Pairing target, List<PairingForm.GoalForm> forms) {
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

    /**
     * Two live pairings between the same two parties may not overlap in time. Overlap is no unique key, so
     * twins are serialised instead: the parties' branch rows are locked (in id order, so two checks never
     * deadlock) and the count is a locking read, which sees what a concurrent twin committed meanwhile.
     */
    void refuseDuplicate(@Nullable Long selfId, PairingKind kind, Long branchId, @Nullable Branch partner,
            @Nullable ExternalUnit unit, java.time.LocalDate start, java.time.LocalDate end) {
        long exclude = selfId == null ? -1L : selfId;
        boolean internal = kind == PairingKind.INTERNAL && partner != null;
        if (!internal && unit == null) {
            return;
        }
        List<Long> parties = internal ? java.util.stream.Stream.of(branchId, partner.getId()).sorted().toList()
                : List.of(branchId);
        em.createNativeQuery("select id from party_branch where id in (:ids) order by id for update")
                .setParameter("ids", parties).getResultList();
        List<String> live = LIVE.stream().map(Enum::name).toList();
        Number n = (Number) (internal
                ? em.createNativeQuery("""
                        select count(*) from pairing where id <> :exclude and status in (:live)
                          and ((branch_id = :a and partner_branch_id = :b) or (branch_id = :b and partner_branch_id = :a))
                          and term_start <= :end and term_end >= :start
                        lock in share mode""")
                        .setParameter("b", partner.getId())
                : em.createNativeQuery("""
                        select count(*) from pairing where id <> :exclude and status in (:live)
                          and branch_id = :a and external_unit_id = :unit
                          and term_start <= :end and term_end >= :start
                        lock in share mode""")
                        .setParameter("unit", unit.getId()))
                .setParameter("exclude", exclude).setParameter("live", live).setParameter("a", branchId)
                .setParameter("start", start).setParameter("end", end)
                .getSingleResult();
        if (n.longValue() > 0) {
            throw new BusinessException("pairing.duplicate");
        }
    }

    /** Deletes a draft that was never activated. Admins, or a secretary of either party. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
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
        audit.record("Pairing", id, "DELETE", p.getAgreementTitle(), p.auditSnapshot(), Map.of());
        pairings.delete(p);
        pairings.flush();
    }

    /** The agreement document's bytes, for a download link. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.LEADER})
    public AttachmentData attachment(Long pairingId) {
        access.readable(pairingId);
        PairingAttachment a = attachments.findByPairingId(pairingId).orElseThrow(NotFoundException::new);
        return new AttachmentData(a.getFileName(), a.getContentType(), a.getData().clone());
    }

    public record AttachmentData(String fileName, String contentType, byte[] data) {
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public void removeAttachment(Long pairingId, long expectedVersion) {
        Pairing p = access.readable(pairingId);
        if (!access.canEdit(p)) {
            throw new NotFoundException();
        }
        if (p.getVersion() != expectedVersion) {
            throw new BusinessException("error.conflict");
        }
        PairingAttachment a = attachments.findByPairingId(pairingId).orElseThrow(NotFoundException::new);
        audit.record("Pairing", pairingId, "UPDATE", p.getAgreementTitle(), Map.of("attachment", a.getFileName()),
                Map.of());
        attachments.delete(a);
        em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        attachments.flush();
    }

    /** The thresholds of the health rule, shown on screen so nobody has to guess why a pairing is dormant. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.LEADER})
    public PairingHealthRule.Thresholds healthThresholds() {
        return health.rule().thresholds();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
