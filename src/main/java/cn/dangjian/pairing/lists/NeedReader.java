package cn.dangjian.pairing.lists;

import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.contracts.JointEventScheduling;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The lists' access rule and read model. Administrators and leaders see every need; a secretary sees the needs
 * their branch raised or claimed, those addressed to a pairing or alliance their branch is a party to, and the
 * open list (addressed to nobody, or unclaimed past the wanted-by date). The rule is part of the query.
 */
@Component
class NeedReader {

    private final NeedClaimRepository claims;
    private final OfferedResourceRepository resources;
    private final PartyLookup parties;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;
    private final ObjectProvider<JointEventScheduling> calendar;

    NeedReader(
            NeedClaimRepository claims,
            OfferedResourceRepository resources,
            PartyLookup parties,
            OrganizationDirectory organization,
            CurrentUser currentUser,
            EntityManager em,
            Clock clock,
            ObjectProvider<JointEventScheduling> calendar) {
        this.claims = claims;
        this.resources = resources;
        this.parties = parties;
        this.organization = organization;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
        this.calendar = calendar;
    }

    AppUser user() {
        return currentUser.require();
    }

    /** A secretary acts for their own branch only; the office for any. Anything else is "not found". */
    void requireOwnBranch(long branchId) {
        AppUser user = user();
        if (!user.isAdmin() && !(user.isSecretary() && Objects.equals(user.branchId(), branchId))) {
            throw new NotFoundException();
        }
    }

    boolean isRequester(Need n) {
        AppUser user = user();
        if (n.raisedByBranchId == null) {
            return user.isAdmin();
        }
        return user.isSecretary() && n.raisedByBranchId.equals(user.branchId());
    }

    Need visibleNeed(Long id) {
        Need n = em.find(Need.class, id);
        if (n == null || !canSee(n)) {
            throw new NotFoundException();
        }
        return n;
    }

    boolean canSee(Need n) {
        AppUser user = user();
        if (user.seesWholeHospital()) {
            return true;
        }
        if (!user.isSecretary() || user.branchId() == null) {
            return false;
        }
        long b = user.branchId();
        LocalDate today = LocalDate.now(clock);
        return n.open(today)
                || Objects.equals(n.raisedByBranchId, b)
                || parties.pairingsOfBranch(b, today, false).contains(n.pairingId)
                || claims.findByNeeds(List.of(n.getId())).stream().anyMatch(c -> c.getBranchId() == b);
    }

    List<NeedRow> visible(boolean projectsOnly) {
        AppUser user = user();
        LocalDate today = LocalDate.now(clock);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (projectsOnly) {
            where.add("n.status <> cn.dangjian.pairing.lists.NeedStatus.WAITING");
        }
        if (!user.seesWholeHospital()) {
            long b = user.isSecretary() && user.branchId() != null ? user.branchId() : -1L;
            List<Long> mine = new ArrayList<>(parties.pairingsOfBranch(b, today, false));
            mine.add(-1L);
            where.add("""
                    (n.pairingId is null or n.raisedByBranchId = :b or n.pairingId in :mine
                     or (n.status = cn.dangjian.pairing.lists.NeedStatus.WAITING and n.wantedBy < :today)
                     or n.id in (select c.needId from NeedClaim c where c.branchId = :b))""");
            params.put("b", b);
            params.put("mine", mine);
            params.put("today", today);
        }
        TypedQuery<Need> q = em.createQuery(
                "select n from Need n" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                        + " order by n.status, n.wantedBy, n.id",
                Need.class);
        params.forEach(q::setParameter);
        return rows(q.getResultList());
    }

    NeedRow row(Need n) {
        return rows(List.of(n)).getFirst();
    }

    private List<NeedRow> rows(List<Need> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        AppUser user = user();
        LocalDate today = LocalDate.now(clock);
        Map<Long, BranchRef> branches = organization.branchesById();
        Map<Long, List<NeedClaim>> claimsOf = new HashMap<>();
        claims.findByNeeds(list.stream().map(Need::getId).toList())
                .forEach(c -> claimsOf.computeIfAbsent(c.getNeedId(), k -> new ArrayList<>())
                        .add(c));
        Set<Long> pairingIds = new HashSet<>();
        Set<Long> unitIds = new HashSet<>();
        list.forEach(n -> {
            if (n.pairingId != null) {
                pairingIds.add(n.pairingId);
            }
            if (n.raisedByUnitId != null) {
                unitIds.add(n.raisedByUnitId);
            }
        });
        Map<Long, List<JointEventScheduling.Line>> events = NeedEventService.linked(
                em, calendar.getIfAvailable(), list.stream().map(Need::getId).toList());
        Map<Long, String> pairingLabels = parties.pairingLabels(pairingIds);
        Map<Long, String> unitNames = parties.unitNames(unitIds);
        Long own = user.isSecretary() ? user.branchId() : null;
        Set<Long> ownPairings = own == null ? Set.of() : new HashSet<>(parties.pairingsOfBranch(own, today, false));
        List<NeedRow> rows = new ArrayList<>();
        for (Need n : list) {
            List<NeedClaim> cs = claimsOf.getOrDefault(n.getId(), List.of());
            boolean claimant =
                    own != null && cs.stream().anyMatch(c -> c.getBranchId().equals(own));
            boolean claimable = n.status == NeedStatus.WAITING
                    || (n.status == NeedStatus.IN_PROGRESS && n.claimMode == ClaimMode.JOINT);
            boolean canClaim = own != null
                    && claimable
                    && !claimant
                    && !own.equals(n.raisedByBranchId)
                    && (n.open(today) || ownPairings.contains(n.pairingId));
            String requester = n.raisedByBranchId != null
                    ? nameOf(branches, n.raisedByBranchId)
                    : unitNames.getOrDefault(n.raisedByUnitId, "?");
            String resource = n.resourceId == null
                    ? null
                    : resources.findById(n.resourceId).map(r -> r.title).orElse(null);
            rows.add(new NeedRow(
                    n.getId(),
                    n.getVersion(),
                    n.title,
                    n.kind,
                    n.description,
                    n.raisedOn,
                    n.wantedBy,
                    n.raisedByBranchId,
                    requester,
                    n.pairingId == null ? null : pairingLabels.get(n.pairingId),
                    n.status,
                    n.claimMode,
                    cs.stream().map(c -> nameOf(branches, c.getBranchId())).toList(),
                    resource,
                    n.closedOn,
                    n.result,
                    n.rating,
                    n.ratingComment,
                    n.overdue(today),
                    n.open(today),
                    canClaim,
                    n.status == NeedStatus.IN_PROGRESS && (user.isAdmin() || claimant),
                    n.status == NeedStatus.DONE && isRequester(n),
                    n.status == NeedStatus.WAITING && isRequester(n),
                    calendar.getIfAvailable() != null
                            && NeedEventService.canSchedule(
                                    user,
                                    n,
                                    cs.stream().map(NeedClaim::getBranchId).toList()),
                    events.getOrDefault(n.getId(), List.of())));
        }
        return rows;
    }

    private static String nameOf(Map<Long, BranchRef> branches, Long id) {
        BranchRef b = branches.get(id);
        return b == null ? "?" : b.name();
    }
}
