package cn.dangjian.pairing;

import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.Roles;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hospital's alliances per level: counted from the alliance rows, their current parties and their evidence.
 * Hospital-wide, so for administrators and leaders. Evidence is summed in SQL, as the calendar writes it.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "')")
public class AllianceOverviewService {

    private final PairingPartyRepository parties;
    private final PairingHealthCalculator health;
    private final OrganizationDirectory organization;
    private final EntityManager em;

    AllianceOverviewService(
            PairingPartyRepository parties,
            PairingHealthCalculator health,
            OrganizationDirectory organization,
            EntityManager em) {
        this.parties = parties;
        this.health = health;
        this.organization = organization;
        this.em = em;
    }

    @Transactional(readOnly = true)
    public AllianceOverview overview(int year) {
        LocalDate today = health.today();
        List<Pairing> live = em.createQuery(
                        "select p from Pairing p where p.kind = :kind and p.status in :live", Pairing.class)
                .setParameter("kind", PairingKind.ALLIANCE)
                .setParameter("live", PairingService.LIVE)
                .getResultList();
        var branches = organization.branchesById();
        Map<Long, PairingHealthCalculator.Facts> facts = health.facts(
                live.stream().map(p -> PairingService.baseOf(p, branches)).toList());
        Map<Long, AllianceLevel> levelOf = new HashMap<>();
        live.forEach(p -> levelOf.put(p.getId(), p.getAllianceLevel()));
        Map<AllianceLevel, Set<Long>> branchSets = new EnumMap<>(AllianceLevel.class);
        Map<AllianceLevel, Set<Long>> unitSets = new EnumMap<>(AllianceLevel.class);
        for (AllianceLevel l : AllianceLevel.values()) {
            branchSets.put(l, new HashSet<>());
            unitSets.put(l, new HashSet<>());
        }
        live.forEach(p -> branchSets.get(p.getAllianceLevel()).add(p.getBranchId()));
        if (!live.isEmpty()) {
            for (PairingParty x : parties.findByPairings(levelOf.keySet())) {
                if (x.getLeftOn() != null && x.getLeftOn().isBefore(today)) {
                    continue;
                }
                AllianceLevel l = levelOf.get(x.getPairingId());
                if (x.getBranchId() != null) {
                    branchSets.get(l).add(x.getBranchId());
                } else if (x.getExternalUnit() != null) {
                    unitSets.get(l).add(x.getExternalUnit().getId());
                }
            }
        }
        Map<AllianceLevel, int[]> evidence = evidence(year);
        List<AllianceOverview.Level> levels = new ArrayList<>();
        Set<Long> allBranches = new HashSet<>();
        Set<Long> allUnits = new HashSet<>();
        for (AllianceLevel l : AllianceLevel.values()) {
            int[] h = new int[3];
            int n = 0;
            for (Pairing p : live) {
                if (p.getAllianceLevel() != l) {
                    continue;
                }
                n++;
                PairingHealthRule.Verdict v = facts.get(p.getId()).verdict();
                if (v != null) {
                    h[v.health().ordinal()]++;
                }
            }
            int[] e = evidence.getOrDefault(l, new int[2]);
            allBranches.addAll(branchSets.get(l));
            allUnits.addAll(unitSets.get(l));
            levels.add(new AllianceOverview.Level(
                    l, n, branchSets.get(l).size(), unitSets.get(l).size(), e[0], e[1], h[0], h[1], h[2]));
        }
        return new AllianceOverview(year, allBranches.size(), allUnits.size(), levels);
    }

    /** Per level: [joint activities, people served] recorded on live alliances' evidence in the year. */
    private Map<AllianceLevel, int[]> evidence(int year) {
        Map<AllianceLevel, int[]> result = new EnumMap<>(AllianceLevel.class);
        List<?> rows = em.createNativeQuery("""
                        select p.alliance_level,
                               sum(case when e.kind = 'JOINT_ACTIVITY' then 1 else 0 end),
                               coalesce(sum(e.people_served), 0)
                        from pairing_evidence e join pairing p on p.id = e.pairing_id
                        where p.kind = 'ALLIANCE' and p.status in (:live)
                          and e.happened_on between :from and :to
                        group by p.alliance_level""")
                .setParameter(
                        "live", PairingService.LIVE.stream().map(Enum::name).toList())
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            result.put(
                    AllianceLevel.valueOf((String) r[0]),
                    new int[] {((Number) r[1]).intValue(), ((Number) r[2]).intValue()});
        }
        return result;
    }
}
