package cn.dangjian.pairing.lists;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.Validation;
import cn.dangjian.common.contracts.NeedClosed;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.pairing.NeedEvidenceWriter;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The needs list and its projects: raise, claim (solo or jointly), close, rate, withdraw. Who sees what is decided
 * in {@link NeedReader}'s queries; every change re-checks it here. A need outside the viewer's reach is "not
 * found". Claims lock the need's row, so two branches claiming at once are served one after the other.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "', '" + Roles.LEADER + "')")
public class NeedService {

    private final NeedRepository needs;
    private final NeedClaimRepository claims;
    private final OfferedResourceRepository resources;
    private final NeedReader reader;
    private final PartyLookup parties;
    private final NeedEvidenceWriter evidence;
    private final OrganizationDirectory organization;
    private final Validation validation;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final EntityManager em;
    private final Clock clock;

    NeedService(
            NeedRepository needs,
            NeedClaimRepository claims,
            OfferedResourceRepository resources,
            NeedReader reader,
            PartyLookup parties,
            NeedEvidenceWriter evidence,
            OrganizationDirectory organization,
            Validation validation,
            AuditService audit,
            ApplicationEventPublisher events,
            EntityManager em,
            Clock clock) {
        this.needs = needs;
        this.claims = claims;
        this.resources = resources;
        this.reader = reader;
        this.parties = parties;
        this.evidence = evidence;
        this.organization = organization;
        this.validation = validation;
        this.audit = audit;
        this.events = events;
        this.em = em;
        this.clock = clock;
    }

    /** The needs the viewer may see; with {@code projectsOnly} those claimed so far (the projects list). */
    @Transactional(readOnly = true)
    public List<NeedRow> list(boolean projectsOnly) {
        return reader.visible(projectsOnly);
    }

    @Transactional(readOnly = true)
    public NeedRow get(Long id) {
        return reader.row(reader.visibleNeed(id));
    }

    /** Pairings and alliances a need of this branch (or unit) may be addressed to: those it is a live party to. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public Map<Long, String> addressOptions(@Nullable Long branchId, @Nullable Long unitId) {
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = branchId != null
                ? parties.pairingsOfBranch(branchId, today, true)
                : unitId != null ? parties.pairingsOfUnit(unitId, today) : List.of();
        return new LinkedHashMap<>(parties.pairingLabels(ids));
    }

    /** External units the office may raise a need for. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Map<Long, String> units() {
        return parties.allUnits();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public Long raise(NeedInput in) {
        validation.check(in);
        AppUser user = reader.user();
        LocalDate today = LocalDate.now(clock);
        if ((in.raisedByBranchId() == null) == (in.raisedByUnitId() == null)) {
            throw new BusinessException("need.raiser.oneOf");
        }
        if (in.raisedByUnitId() != null && !user.isAdmin()) {
            throw new NotFoundException();
        }
        if (in.raisedByBranchId() != null) {
            reader.requireOwnBranch(in.raisedByBranchId());
            if (!organization.branchesById().containsKey(in.raisedByBranchId())) {
                throw new NotFoundException();
            }
        }
        if (in.wantedBy().isBefore(today)) {
            throw new BusinessException("need.wantedByPast");
        }
        if (in.pairingId() != null
                && !addressOptions(in.raisedByBranchId(), in.raisedByUnitId()).containsKey(in.pairingId())) {
            throw new BusinessException("need.notAParty");
        }
        Need n = new Need(in.title().trim(), in.kind(), today, in.wantedBy());
        n.description = in.description() == null || in.description().isBlank()
                ? null
                : in.description().trim();
        n.raisedByBranchId = in.raisedByBranchId();
        n.raisedByUnitId = in.raisedByUnitId();
        n.pairingId = in.pairingId();
        Need saved = needs.saveAndFlush(n);
        audit.record("Need", saved.getId(), "CREATE", saved.title, Map.of(), snapshot(saved));
        return saved.getId();
    }

    /**
     * Claims the need for {@code branchId} (the secretary's own branch; the office may name any). The first claim
     * decides the mode: after a solo claim nobody else may claim; after a joint claim others join it, whatever
     * mode they asked for. {@code resourceId} optionally matches one of the branch's offered resources.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public void claim(Long needId, long branchId, ClaimMode mode, @Nullable Long resourceId) {
        AppUser user = reader.user();
        // The row lock comes first: what it reads is the latest committed state, and a concurrent claim waits here.
        Need n = em.find(Need.class, needId, LockModeType.PESSIMISTIC_WRITE);
        if (n == null || !reader.canSee(n)) {
            throw new NotFoundException();
        }
        reader.requireOwnBranch(branchId);
        LocalDate today = LocalDate.now(clock);
        if (n.status.isClosed()) {
            throw new BusinessException("need.alreadyClosed");
        }
        if (Objects.equals(n.raisedByBranchId, branchId)) {
            throw new BusinessException("need.ownNeed");
        }
        if (!n.open(today) && !parties.pairingsOfBranch(branchId, today, false).contains(n.pairingId)) {
            throw new BusinessException("need.notAParty");
        }
        boolean already = ((Number) em.createNativeQuery(
                                        "select count(*) from pairing_need_claim where need_id = :n and branch_id = :b"
                                                + " lock in share mode")
                                .setParameter("n", needId)
                                .setParameter("b", branchId)
                                .getSingleResult())
                        .longValue()
                > 0;
        if (already) {
            throw new BusinessException("need.alreadyClaimant");
        }
        if (n.status == NeedStatus.IN_PROGRESS && n.claimMode == ClaimMode.SOLO) {
            throw new BusinessException("need.claimedSolo");
        }
        if (resourceId != null) {
            OfferedResource r = resources.findById(resourceId).orElseThrow(NotFoundException::new);
            if (!r.active || r.branchId != branchId) {
                throw new BusinessException("need.resourceNotOwn");
            }
            n.resourceId = resourceId;
        }
        Map<String, Object> before = snapshot(n);
        if (n.status == NeedStatus.WAITING) {
            n.status = NeedStatus.IN_PROGRESS;
            n.claimMode = mode;
            n.claimedOn = today;
        }
        Long member = user.isSecretary() ? user.memberId() : null;
        claims.saveAndFlush(new NeedClaim(needId, branchId, member, today));
        needs.flush();
        Map<String, Object> after = snapshot(n);
        after.put("claimedBy", branchId);
        audit.record("Need", needId, "UPDATE", n.title, before, after);
    }

    /** Closes the project (已办结) with what was done; the claimants' points and the pairing's evidence follow. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public void close(Long needId, long version, String result) {
        Need n = reader.visibleNeed(needId);
        List<NeedClaim> claimants = claims.findByNeeds(List.of(needId));
        AppUser user = reader.user();
        if (!user.isAdmin() && claimants.stream().noneMatch(c -> c.getBranchId().equals(user.branchId()))) {
            throw new NotFoundException();
        }
        checkVersion(n, version);
        if (n.status != NeedStatus.IN_PROGRESS) {
            throw new BusinessException(n.status.isClosed() ? "need.alreadyClosed" : "need.notClaimed");
        }
        if (result.isBlank() || result.length() > 1000) {
            throw new BusinessException("need.resultRequired");
        }
        Map<String, Object> before = snapshot(n);
        LocalDate today = LocalDate.now(clock);
        n.status = NeedStatus.DONE;
        n.closedOn = today;
        n.result = result.trim();
        needs.flush();
        if (n.pairingId != null) {
            evidence.recordNeedClosed(n.pairingId, n.getId(), n.title, today, n.kind.dimension());
        }
        events.publishEvent(new NeedClosed(
                n.getId(),
                n.title,
                today,
                claimants.stream()
                        .filter(c -> c.getMemberId() != null)
                        .map(c -> new NeedClosed.Claimant(c.getMemberId(), c.getBranchId()))
                        .toList()));
        audit.record("Need", needId, "UPDATE", n.title, before, snapshot(n));
    }

    /** The requester's rating of a closed project: the raising branch's secretary, or the office for a unit. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public void rate(Long needId, long version, NeedRating rating, @Nullable String comment) {
        Need n = reader.visibleNeed(needId);
        if (!reader.isRequester(n)) {
            throw new BusinessException("need.notRequester");
        }
        checkVersion(n, version);
        if (n.status != NeedStatus.DONE) {
            throw new BusinessException(n.status == NeedStatus.RATED ? "need.alreadyRated" : "need.notClosed");
        }
        if (comment != null && comment.length() > 500) {
            throw new BusinessException("validation.tooLong");
        }
        Map<String, Object> before = snapshot(n);
        n.status = NeedStatus.RATED;
        n.rating = rating;
        n.ratingComment = comment == null || comment.isBlank() ? null : comment.trim();
        n.ratedOn = LocalDate.now(clock);
        needs.flush();
        audit.record("Need", needId, "UPDATE", n.title, before, snapshot(n));
    }

    /** Withdraws a need nobody has claimed yet; only its requester may. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public void withdraw(Long needId, long version) {
        Need n = reader.visibleNeed(needId);
        if (!reader.isRequester(n)) {
            throw new NotFoundException();
        }
        checkVersion(n, version);
        if (n.status != NeedStatus.WAITING) {
            throw new BusinessException("need.alreadyClaimed");
        }
        audit.record("Need", needId, "DELETE", n.title, snapshot(n), Map.of());
        needs.delete(n);
    }

    private static void checkVersion(Need n, long version) {
        if (n.getVersion() != version) {
            throw new BusinessException("error.conflict");
        }
    }

    private static Map<String, Object> snapshot(Need n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", n.title);
        m.put("kind", n.kind);
        m.put("wantedBy", n.wantedBy);
        m.put("branch", n.raisedByBranchId);
        m.put("unit", n.raisedByUnitId);
        m.put("pairing", n.pairingId);
        m.put("status", n.status);
        m.put("claimMode", n.claimMode);
        m.put("resource", n.resourceId);
        m.put("result", n.result);
        m.put("rating", n.rating);
        return m;
    }
}
