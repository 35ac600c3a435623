package cn.dangjian.pairing.lists;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.contracts.NeedClosed;
import cn.dangjian.common.db.RetryOnConflict;
import cn.dangjian.pairing.NeedEvidenceWriter;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A claimed need's life as a project (项目): claim (solo or jointly), close, rate. Claims lock the need's row, so
 * two branches claiming at once are served one after the other. Every call may run again after a lost conflict
 * (a deadlock, or a Galera certification failure): each attempt re-reads the need and re-checks its state, the
 * claimant list and the form's version inside a fresh transaction, and the points and evidence that closing
 * writes are part of that transaction, so a retried call comes out once.
 */
@Service
@RetryOnConflict
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
public class NeedProjectService {

    private final NeedRepository needs;
    private final NeedClaimRepository claims;
    private final OfferedResourceRepository resources;
    private final NeedReader reader;
    private final PartyLookup parties;
    private final NeedEvidenceWriter evidence;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final EntityManager em;
    private final Clock clock;

    NeedProjectService(
            NeedRepository needs,
            NeedClaimRepository claims,
            OfferedResourceRepository resources,
            NeedReader reader,
            PartyLookup parties,
            NeedEvidenceWriter evidence,
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
        this.audit = audit;
        this.events = events;
        this.em = em;
        this.clock = clock;
    }

    /**
     * Claims the need for {@code branchId} (the secretary's own branch; the office may name any). The first claim
     * decides the mode: after a solo claim nobody else may claim; after a joint claim others join it, whatever
     * mode they asked for. {@code resourceId} optionally matches one of the branch's offered resources.
     */
    @Transactional
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
        Map<String, Object> before = n.snapshot();
        if (n.status == NeedStatus.WAITING) {
            n.status = NeedStatus.IN_PROGRESS;
            n.claimMode = mode;
            n.claimedOn = today;
        }
        Long member = user.isSecretary() ? user.memberId() : null;
        claims.saveAndFlush(new NeedClaim(needId, branchId, member, today));
        needs.flush();
        Map<String, Object> after = n.snapshot();
        after.put("claimedBy", branchId);
        audit.record("Need", needId, "UPDATE", n.title, before, after);
    }

    /** Closes the project (已办结) with what was done; the claimants' points and the pairing's evidence follow. */
    @Transactional
    public void close(Long needId, long version, String result) {
        Need n = reader.visibleNeed(needId);
        List<NeedClaim> claimants = claims.findByNeeds(List.of(needId));
        AppUser user = reader.user();
        if (!user.isAdmin() && claimants.stream().noneMatch(c -> c.getBranchId().equals(user.branchId()))) {
            throw new NotFoundException();
        }
        n.requireVersion(version);
        if (n.status != NeedStatus.IN_PROGRESS) {
            throw new BusinessException(n.status.isClosed() ? "need.alreadyClosed" : "need.notClaimed");
        }
        if (result.isBlank() || result.length() > 1000) {
            throw new BusinessException("need.resultRequired");
        }
        Map<String, Object> before = n.snapshot();
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
        audit.record("Need", needId, "UPDATE", n.title, before, n.snapshot());
    }

    /** The requester's rating of a closed project: the raising branch's secretary, or the office for a unit. */
    @Transactional
    public void rate(Long needId, long version, NeedRating rating, @Nullable String comment) {
        Need n = reader.visibleNeed(needId);
        if (!reader.isRequester(n)) {
            throw new BusinessException("need.notRequester");
        }
        n.requireVersion(version);
        if (n.status != NeedStatus.DONE) {
            throw new BusinessException(n.status == NeedStatus.RATED ? "need.alreadyRated" : "need.notClosed");
        }
        if (comment != null && comment.length() > 500) {
            throw new BusinessException("validation.tooLong");
        }
        Map<String, Object> before = n.snapshot();
        n.status = NeedStatus.RATED;
        n.rating = rating;
        n.ratingComment = comment == null || comment.isBlank() ? null : comment.trim();
        n.ratedOn = LocalDate.now(clock);
        needs.flush();
        audit.record("Need", needId, "UPDATE", n.title, before, n.snapshot());
    }
}
