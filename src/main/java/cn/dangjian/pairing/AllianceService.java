package cn.dangjian.pairing;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.Validation;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alliances (党建联盟): pairings of kind ALLIANCE with many parties. Their charter, goals, evidence, health,
 * lifecycle and document are the pairing's own (PairingService and friends); this service lists them and keeps
 * their parties. Administrators set alliances up; secretaries read those their branch is a party to.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "', '" + Roles.LEADER + "')")
public class AllianceService {

    private final PairingRepository pairings;
    private final PairingPartyRepository parties;
    private final ExternalUnitRepository units;
    private final PairingTransitionRepository transitions;
    private final PairingAccess access;
    private final PairingHealthCalculator health;
    private final OrganizationDirectory organization;
    private final Validation validation;
    private final AuditService audit;
    private final EntityManager em;

    AllianceService(
            PairingRepository pairings,
            PairingPartyRepository parties,
            ExternalUnitRepository units,
            PairingTransitionRepository transitions,
            PairingAccess access,
            PairingHealthCalculator health,
            OrganizationDirectory organization,
            Validation validation,
            AuditService audit,
            EntityManager em) {
        this.pairings = pairings;
        this.parties = parties;
        this.units = units;
        this.transitions = transitions;
        this.access = access;
        this.health = health;
        this.organization = organization;
        this.validation = validation;
        this.audit = audit;
        this.em = em;
    }

    /** The alliances the viewer may see, of one level or all, newest term first. */
    @Transactional(readOnly = true)
    public List<AllianceRow> list(@Nullable AllianceLevel level) {
        List<Pairing> all = em
                .createQuery(
                        "select p from Pairing p where p.kind = :kind order by p.termStart desc, p.id", Pairing.class)
                .setParameter("kind", PairingKind.ALLIANCE)
                .getResultList()
                .stream()
                .filter(p -> level == null || p.getAllianceLevel() == level)
                .filter(access::canRead)
                .toList();
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, BranchRef> branches = organization.branchesById();
        List<PairingBase> bases =
                all.stream().map(p -> PairingService.baseOf(p, branches)).toList();
        Map<Long, PairingHealthCalculator.Facts> facts = health.facts(bases);
        Map<Long, int[]> counts = new HashMap<>();
        for (PairingParty x :
                parties.findByPairings(all.stream().map(Pairing::getId).toList())) {
            if (x.getLeftOn() == null || !x.getLeftOn().isBefore(health.today())) {
                counts.computeIfAbsent(x.getPairingId(), k -> new int[2])[x.getBranchId() != null ? 0 : 1]++;
            }
        }
        List<AllianceRow> rows = new ArrayList<>();
        for (Pairing p : all) {
            PairingHealthCalculator.Facts f = facts.get(p.getId());
            int[] c = counts.getOrDefault(p.getId(), new int[2]);
            BranchRef lead = branches.get(p.getBranchId());
            rows.add(new AllianceRow(
                    p.getId(),
                    Objects.requireNonNullElse(p.getAllianceName(), ""),
                    Objects.requireNonNullElse(p.getAllianceLevel(), AllianceLevel.HOSPITAL),
                    lead == null ? "?" : lead.name(),
                    p.getStatus(),
                    p.getTermStart(),
                    p.getTermEnd(),
                    c[0],
                    c[1],
                    f.verdict(),
                    f.recentEvidence()));
        }
        rows.sort(Comparator.comparing(AllianceRow::level)
                .thenComparing(r -> r.status().ordinal()));
        return rows;
    }

    /** Creates the alliance as a draft, with its lead branch as its first party (牵头单位). */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Long create(AllianceInput in) {
        validation.check(in);
        if (in.termEnd().isBefore(in.termStart())) {
            throw new BusinessException("pairing.termEndBeforeStart");
        }
        Map<Long, BranchRef> branches = organization.branchesById();
        if (!branches.containsKey(in.leadBranchId())) {
            throw new NotFoundException();
        }
        Pairing p = new Pairing(PairingKind.ALLIANCE, in.leadBranchId());
        p.setAllianceName(in.allianceName().trim());
        p.setAllianceLevel(in.allianceLevel());
        p.setAgreementTitle(in.agreementTitle().trim());
        p.setTermStart(in.termStart());
        p.setTermEnd(in.termEnd());
        p.setSummary(
                in.summary() == null || in.summary().isBlank()
                        ? null
                        : in.summary().trim());
        Pairing saved = pairings.saveAndFlush(p);
        PairingParty lead = new PairingParty(saved.getId(), in.leadBranchId(), null);
        lead.setRole(AllianceRole.LEAD);
        lead.setJoinedOn(in.termStart());
        parties.save(lead);
        transitions.save(new PairingTransition(
                saved.getId(),
                null,
                PairingStatus.DRAFT,
                access.user().getUsername(),
                Instant.now(health.clock()),
                null));
        audit.record(
                "Alliance", saved.getId(), "CREATE", saved.getAllianceName(), Map.of(), saved.auditSnapshot(branches));
        return saved.getId();
    }

    /** The alliance's parties, lead first; for a two-party pairing the list is empty. */
    @Transactional(readOnly = true)
    public AllianceRow.Parties parties(Long pairingId) {
        Pairing p = access.readable(pairingId);
        Map<Long, BranchRef> branches = organization.branchesById();
        LocalDate today = health.today();
        List<AllianceRow.Party> list = parties.findByPairing(p.getId()).stream()
                .map(x -> new AllianceRow.Party(
                        x.getId(),
                        x.getBranchId(),
                        x.getExternalUnit() == null ? null : x.getExternalUnit().getId(),
                        nameOf(x, branches),
                        x.getRole(),
                        x.getJoinedOn(),
                        x.getLeftOn(),
                        x.getContactPerson(),
                        x.getContactPhone(),
                        x.getLeftOn() == null || !x.getLeftOn().isBefore(today)))
                .toList();
        return new AllianceRow.Parties(list, access.user().isAdmin() && p.getStatus() != PairingStatus.ENDED);
    }

    /**
     * Adds a party. The same branch or unit may be in an alliance more than once only in periods that do not
     * overlap (it left and joined again); the alliance row is locked so two additions are checked one by one.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Long addParty(Long pairingId, PartyInput in) {
        validation.check(in);
        Pairing p = alliance(pairingId);
        if ((in.branchId() == null) == (in.externalUnitId() == null)) {
            throw new BusinessException("alliance.party.oneOf");
        }
        if (in.leftOn() != null && in.leftOn().isBefore(in.joinedOn())) {
            throw new BusinessException("alliance.party.dateOrder");
        }
        ExternalUnit unit = null;
        if (in.branchId() != null && !organization.branchesById().containsKey(in.branchId())) {
            throw new NotFoundException();
        }
        if (in.externalUnitId() != null) {
            unit = units.findById(in.externalUnitId()).orElseThrow(NotFoundException::new);
        }
        Long unitId = unit == null ? null : unit.getId();
        boolean overlaps = parties.findByPairing(p.getId()).stream()
                .filter(x -> Objects.equals(x.getBranchId(), in.branchId())
                        && Objects.equals(
                                x.getExternalUnit() == null
                                        ? null
                                        : x.getExternalUnit().getId(),
                                unitId))
                .anyMatch(x -> x.overlaps(in.joinedOn(), in.leftOn()));
        if (overlaps) {
            throw new BusinessException("alliance.party.overlap");
        }
        PairingParty party = new PairingParty(p.getId(), in.branchId(), unit);
        party.setRole(in.role());
        party.setJoinedOn(in.joinedOn());
        party.setLeftOn(in.leftOn());
        party.setContactPerson(blankToNull(in.contactPerson()));
        party.setContactPhone(blankToNull(in.contactPhone()));
        PairingParty saved = parties.saveAndFlush(party);
        audit.record("AllianceParty", saved.getId(), "CREATE", p.getAllianceName(), Map.of(), snapshot(saved));
        return saved.getId();
    }

    /** Records that a party left (or leaves) the alliance on {@code leftOn}. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void leave(Long partyId, LocalDate leftOn) {
        PairingParty party = parties.findById(partyId).orElseThrow(NotFoundException::new);
        Pairing p = alliance(party.getPairingId());
        if (leftOn.isBefore(party.getJoinedOn())) {
            throw new BusinessException("alliance.party.dateOrder");
        }
        Map<String, Object> before = snapshot(party);
        party.setLeftOn(leftOn);
        parties.flush();
        audit.record("AllianceParty", partyId, "UPDATE", p.getAllianceName(), before, snapshot(party));
    }

    private Pairing alliance(Long pairingId) {
        Pairing p = access.readable(pairingId);
        if (p.getKind() != PairingKind.ALLIANCE || !access.canEdit(p)) {
            throw new NotFoundException();
        }
        em.lock(p, LockModeType.PESSIMISTIC_WRITE);
        return p;
    }

    private String nameOf(PairingParty x, Map<Long, BranchRef> branches) {
        if (x.getExternalUnit() != null) {
            return x.getExternalUnit().getName();
        }
        BranchRef b = branches.get(x.getBranchId());
        return b == null ? "?" : b.name();
    }

    private static Map<String, Object> snapshot(PairingParty x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("branch", x.getBranchId());
        m.put("unit", x.getExternalUnit() == null ? null : x.getExternalUnit().getId());
        m.put("role", x.getRole());
        m.put("joinedOn", x.getJoinedOn());
        m.put("leftOn", x.getLeftOn());
        m.put("contact", x.getContactPerson());
        return m;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
