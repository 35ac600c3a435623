package cn.dangjian.pairing;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.organization.BranchKind;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.BranchSummary;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.Roles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The hospital-wide picture: the pairing matrix, its gaps and partner suggestions. Admins and leaders. */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "')")
public class PairingOverviewService {

    private final PairingRepository pairings;
    private final OrganizationDirectory organization;
    private final PairingHealthCalculator health;

    PairingOverviewService(
            PairingRepository pairings, OrganizationDirectory organization, PairingHealthCalculator health) {
        this.pairings = pairings;
        this.organization = organization;
        this.health = health;
    }

    @Transactional(readOnly = true)
    public PairingMatrix matrix() {
        List<BranchRef> refs = organization.branches().stream()
                .sorted(Comparator.comparing(BranchRef::code))
                .toList();
        List<BranchRef> functional =
                refs.stream().filter(b -> b.kind() == BranchKind.FUNCTIONAL).toList();
        List<BranchRef> served = refs.stream()
                .filter(b -> b.kind() == BranchKind.CLINICAL || b.kind() == BranchKind.MEDICAL_TECH)
                .toList();
        Set<Long> functionalIds =
                new HashSet<>(functional.stream().map(BranchRef::id).toList());
        Set<Long> servedIds = new HashSet<>(served.stream().map(BranchRef::id).toList());
        List<Pairing> internal = pairings.findAllInternal().stream()
                .filter(p -> p.getStatus() != PairingStatus.ENDED)
                .toList();
        Map<Long, BranchRef> byId = new HashMap<>();
        refs.forEach(b -> byId.put(b.id(), b));
        Map<Long, PairingHealthCalculator.Facts> facts = health.facts(
                internal.stream().map(p -> PairingService.baseOf(p, byId)).toList());
        Map<String, PairingMatrix.Cell> cells = new LinkedHashMap<>();
        Set<Long> servedLive = new HashSet<>();
        for (Pairing p : internal) {
            Long a = p.getBranchId();
            Long b = p.getPartnerBranchId();
            Long f = functionalIds.contains(a) ? a : functionalIds.contains(b) ? b : null;
            Long s = servedIds.contains(a) ? a : servedIds.contains(b) ? b : null;
            if (f == null || s == null) {
                continue;
            }
            PairingMatrix.Cell cell = new PairingMatrix.Cell(
                    p.getId(),
                    p.getStatus(),
                    facts.get(p.getId()).verdict() == null
                            ? null
                            : facts.get(p.getId()).verdict().health());
            PairingMatrix.Cell old = cells.get(PairingMatrix.key(s, f));
            // A live pairing outranks a draft in the same cell.
            if (old == null || (!old.status().isLive() && p.getStatus().isLive())) {
                cells.put(PairingMatrix.key(s, f), cell);
            }
            if (p.getStatus().isLive()) {
                servedLive.add(s);
            }
        }
        List<BranchRef> unpaired = served.stream()
                .filter(b -> b.kind() == BranchKind.CLINICAL && !servedLive.contains(b.id()))
                .toList();
        return new PairingMatrix(functional, served, cells, unpaired);
    }

    /** Functional branches that could serve this clinical or medical-technical branch, best first, with reasons. */
    @Transactional(readOnly = true)
    public List<PartnerSuggestionRule.Suggestion> suggestPartners(Long servedBranchId) {
        BranchRef target = organization.branches().stream()
                .filter(b -> b.id().equals(servedBranchId))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        if (target.kind() != BranchKind.CLINICAL && target.kind() != BranchKind.MEDICAL_TECH) {
            throw new BusinessException("pairing.suggest.notServed");
        }
        Map<Long, Integer> live = new HashMap<>();
        Set<Long> before = new HashSet<>();
        Set<Long> current = new HashSet<>();
        for (Pairing p : pairings.findAllInternal()) {
            Long a = p.getBranchId();
            Long b = p.getPartnerBranchId();
            if (p.getStatus().isLive()) {
                live.merge(a, 1, Integer::sum);
                if (b != null) {
                    live.merge(b, 1, Integer::sum);
                }
            }
            if (p.involves(servedBranchId)) {
                Long other = servedBranchId.equals(a) ? b : a;
                if (p.getStatus() == PairingStatus.ENDED) {
                    before.add(other);
                } else if (p.getStatus().isLive()) {
                    current.add(other);
                }
            }
        }
        Map<Long, Long> members = new HashMap<>();
        for (BranchSummary s : organization.branchSummaries()) {
            members.put(s.id(), s.members());
        }
        List<PartnerSuggestionRule.Candidate> candidates = new ArrayList<>();
        for (BranchRef b : organization.branches()) {
            if (b.kind() == BranchKind.FUNCTIONAL && !current.contains(b.id())) {
                candidates.add(new PartnerSuggestionRule.Candidate(
                        b.id(),
                        b.code(),
                        b.name(),
                        live.getOrDefault(b.id(), 0),
                        members.getOrDefault(b.id(), 0L),
                        before.contains(b.id())));
            }
        }
        return PartnerSuggestionRule.suggest(candidates);
    }
}
