package cn.dangjian.pairing;

import cn.dangjian.common.NotFoundException;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pairings and their agreements as they are read: list, detail, edit form, document. The detail is put
 * together by {@link PairingDetailReader}. Changes go through {@link PairingEditService}, the lifecycle
 * through {@link PairingLifecycleService}.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "', '" + Roles.LEADER + "')")
public class PairingService {

    static final Set<PairingStatus> LIVE =
            Set.of(PairingStatus.ACTIVE, PairingStatus.UNDER_REVIEW, PairingStatus.RENEWED);

    private static final Map<String, Comparator<PairingRow>> SORTABLE = Map.of(
            "branch", Comparator.comparing(PairingRow::branchName),
            "partner", Comparator.comparing(PairingRow::partnerName),
            "status", Comparator.comparing(PairingRow::status),
            "termStart", Comparator.comparing(PairingRow::termStart),
            "termEnd", Comparator.comparing(PairingRow::termEnd),
            "health",
                    Comparator.comparing(
                            r -> r.healthValue() == null ? 9 : -r.healthValue().ordinal()),
            "evidence", Comparator.comparingInt(PairingRow::recentEvidence));

    private final PairingAttachmentRepository attachments;
    private final PairingAccess access;
    private final PairingHealthCalculator health;
    private final OrganizationDirectory organization;
    private final PairingDetailReader details;
    private final EntityManager em;

    PairingService(
            PairingAttachmentRepository attachments,
            PairingAccess access,
            PairingHealthCalculator health,
            OrganizationDirectory organization,
            PairingDetailReader details,
            EntityManager em) {
        this.attachments = attachments;
        this.access = access;
        this.health = health;
        this.organization = organization;
        this.details = details;
        this.em = em;
    }

    /**
     * A page of the pairings the viewer may see. Health is computed, not stored, so the scoped rows
     * are read whole and filtered by health in memory: a hospital has some dozens of pairings.
     */
    @Transactional(readOnly = true)
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
        Comparator<PairingRow> byDefault = Comparator.comparing(
                        (PairingRow r) -> r.status().ordinal())
                .thenComparing(PairingRow::termStart, Comparator.reverseOrder());
        rows.sort((order == null ? byDefault : order).thenComparing(PairingRow::id));
        return rows.subList(Math.min(offset, rows.size()), Math.min(rows.size(), offset + limit));
    }

    @Transactional(readOnly = true)
    public int count(PairingFilter filter) {
        return rows(filter).size();
    }

    /** No access rule of its own: only this package's classes call it, after their own checks. */
    @PreAuthorize("permitAll()")
    List<PairingRow> rows(PairingFilter filter) {
        List<PairingBase> bases = bases(filter);
        Map<Long, PairingHealthCalculator.Facts> facts = health.facts(bases);
        List<PairingRow> rows = new ArrayList<>();
        for (PairingBase b : bases) {
            PairingHealthCalculator.Facts f = facts.get(b.id());
            PairingRow row = new PairingRow(
                    b.id(),
                    b.kind(),
                    b.branchId(),
                    b.branchName(),
                    b.partnerBranchId(),
                    b.partnerName(),
                    b.level(),
                    b.status(),
                    b.agreementTitle(),
                    b.termStart(),
                    b.termEnd(),
                    f.verdict(),
                    f.recentEvidence(),
                    f.lastEvidence(),
                    f.goalsDue(),
                    f.goalsDueMet(),
                    f.reviewDue());
            if (filter.health() == null || filter.health() == row.healthValue()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * The scoped, filtered pairings; a secretary's scope is applied here whatever the filter says.
     * No access rule of its own: only this package's classes call it, after their own checks.
     */
    @PreAuthorize("permitAll()")
    List<PairingBase> bases(PairingFilter filter) {
        AppUser user = access.user();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (!user.seesWholeHospital()) {
            conditions.add("(p.branchId = :scope or p.partnerBranchId = :scope)");
            params.put("scope", user.isSecretary() && user.branchId() != null ? user.branchId() : -1L);
        }
        if (filter.branchId() != null) {
            conditions.add("(p.branchId = :branch or p.partnerBranchId = :branch)");
            params.put("branch", filter.branchId());
        }
        if (filter.kind() != null) {
            conditions.add("p.kind = :kind");
            params.put("kind", filter.kind());
        } else {
            // Alliances have their own list (AllianceService); the pairing list shows them only when asked for.
            conditions.add("p.kind <> :alliance");
            params.put("alliance", PairingKind.ALLIANCE);
        }
        if (filter.status() != null) {
            conditions.add("p.status = :status");
            params.put("status", filter.status());
        }
        TypedQuery<Pairing> q = em.createQuery(
                "select p from Pairing p left join fetch p.externalUnit"
                        + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)),
                Pairing.class);
        params.forEach(q::setParameter);
        Map<Long, BranchRef> branches = organization.branchesById();
        return q.getResultList().stream().map(p -> baseOf(p, branches)).toList();
    }

    @Transactional(readOnly = true)
    public PairingDetail detail(Long id) {
        return details.of(access.readable(id));
    }

    /** The pairing's list columns, its branches named from {@code branches} (the organisation's read API). */
    static PairingBase baseOf(Pairing p, Map<Long, BranchRef> branches) {
        return new PairingBase(
                p.getId(),
                p.getKind(),
                p.getBranchId(),
                nameOf(branches, p.getBranchId()),
                p.getPartnerBranchId(),
                p.getPartnerBranchId() == null ? null : nameOf(branches, p.getPartnerBranchId()),
                p.getExternalUnit() == null
                        ? p.getAllianceName()
                        : p.getExternalUnit().getName(),
                p.getExternalUnit() == null
                        ? p.getAllianceLevel()
                        : p.getExternalUnit().getAllianceLevel(),
                p.getStatus(),
                p.getAgreementTitle(),
                p.getTermStart(),
                p.getTermEnd());
    }

    private static String nameOf(Map<Long, BranchRef> branches, Long id) {
        BranchRef b = branches.get(id);
        return b == null ? "?" : b.name();
    }

    /** The pairing as its edit form needs it; only for those who may edit it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public PairingForm form(Long id) {
        Pairing p = access.readable(id);
        if (!access.canEdit(p)) {
            throw new NotFoundException();
        }
        return new PairingForm(
                p.getId(),
                p.getVersion(),
                p.getKind(),
                p.getBranchId(),
                p.getPartnerBranchId(),
                p.getExternalUnit() == null ? null : p.getExternalUnit().getId(),
                p.getAgreementTitle(),
                p.getSignedDate(),
                p.getTermStart(),
                p.getTermEnd(),
                p.getSignatoryOwn(),
                p.getSignatoryPartner(),
                p.getSummary(),
                p.getGoals().stream()
                        .map(g -> new PairingForm.GoalForm(
                                g.getId(), g.getDimension(), g.getTarget(), g.getTargetCount(), g.getDueDate()))
                        .toList());
    }

    /** The agreement document's bytes, for a download link. */
    @Transactional(readOnly = true)
    public AttachmentData attachment(Long pairingId) {
        access.readable(pairingId);
        PairingAttachment a = attachments.findByPairingId(pairingId).orElseThrow(NotFoundException::new);
        return new AttachmentData(
                a.getFileName(), a.getContentType(), a.getData().clone());
    }

    public record AttachmentData(String fileName, String contentType, byte[] data) {}

    /** The thresholds of the health rule, shown on screen so nobody has to guess why a pairing is dormant. */
    @Transactional(readOnly = true)
    public PairingHealthRule.Thresholds healthThresholds() {
        return health.rule().thresholds();
    }
}
