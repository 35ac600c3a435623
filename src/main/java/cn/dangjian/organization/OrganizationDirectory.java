package cn.dangjian.organization;

import cn.dangjian.common.NotFoundException;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door into organisation data for the other features (pairing, calendar, points): records, never
 * entities, each method secured and scoped like the organisation's own services. Reads that other features
 * make per row go through {@link MemberLookups} (plain JDBC in the caller's transaction); the rest delegate to
 * the organisation's services, so their scoping rules stay in one place.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class OrganizationDirectory {

    private final MemberLookups lookups;
    private final CurrentUser currentUser;
    private final BranchService branchService;
    private final MemberService memberService;
    private final EntityManager em;
    private final DualCultivationService dualCultivation;

    OrganizationDirectory(
            MemberLookups lookups,
            CurrentUser currentUser,
            BranchService branchService,
            MemberService memberService,
            EntityManager em,
            DualCultivationService dualCultivation) {
        this.lookups = lookups;
        this.currentUser = currentUser;
        this.branchService = branchService;
        this.memberService = memberService;
        this.em = em;
        this.dualCultivation = dualCultivation;
    }

    /**
     * The branch, if the viewer may read it; the same "not found" as for a branch that does not exist (the record
     * books' check).
     */
    @Transactional(readOnly = true)
    public BranchSummary readableBranch(long branchId) {
        try {
            currentUser.requireCanReadBranch(branchId);
        } catch (RuntimeException e) {
            throw new NotFoundException();
        }
        return branchSummaries().stream()
                .filter(b -> b.id() == branchId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** The 双培养 pipeline, for the office and leaders: the assessment reads its 双带头人 secretaries. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "')")
    public DualCultivation dualCultivation() {
        return dualCultivation.report();
    }

    /**
     * Member id to current branch id, for the ids that exist. Keys only, no personal data, and called from
     * inside other features' already-authorised work: the points listener runs in the calendar's transaction
     * for every attendance save, whoever (or whatever job) made it. Hence permitted without a signed-in user.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Map<Long, Long> branchesOfMembers(Collection<Long> memberIds) {
        return lookups.branchesOf(memberIds);
    }

    /**
     * Names and current branches by member id, for rows the calling feature has already decided the viewer may
     * see (the points leaderboard follows the administrator's visibility setting, the approval queue the
     * committee seats): only names, so the caller's scope applies, not the member directory's.
     */
    @Transactional(readOnly = true)
    public Map<Long, MemberLabel> memberLabels(Collection<Long> memberIds) {
        return lookups.labels(memberIds);
    }

    /** The branches on whose committee a member sits: one's own, or anyone's for the whole-hospital roles. */
    @Transactional(readOnly = true)
    public List<Long> committeeBranchesOf(long memberId) {
        AppUser user = currentUser.require();
        if (!user.seesWholeHospital() && !Long.valueOf(memberId).equals(user.memberId())) {
            throw new AccessDeniedException("member " + memberId);
        }
        return lookups.committeeBranchesOf(memberId);
    }

    /** Every branch's code, name and kind: labels for all signed-in users, as {@link BranchService#refs()}. */
    @Transactional(readOnly = true)
    public List<BranchRef> branches() {
        return lookups.branches();
    }

    /**
     * Branch id to the end of its committee's term (换届), for the serving branches that have one: the calendar's
     * reminders and election meetings. No personal data, as {@link #branches()}.
     */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> committeeTermEnds() {
        return lookups.committeeTermEnds();
    }

    /** How many members the hospital has (a COUNT over every member: callers cache it). */
    @Transactional(readOnly = true)
    public long memberCount() {
        return lookups.memberCount();
    }

    /** Branch id to its number of members, for the branches that have any. */
    @Transactional(readOnly = true)
    public Map<Long, Long> memberCountsByBranch() {
        return lookups.memberCountsByBranch();
    }

    /**
     * The members the viewer may see, by name: the whole hospital for administrators and leaders, otherwise the
     * own branch (and oneself), as {@link MemberService#refs}.
     */
    @Transactional(readOnly = true)
    public List<MemberRef> members() {
        AppUser user = currentUser.require();
        if (user.seesWholeHospital()) {
            return lookups.membersByName(null, null);
        }
        return lookups.membersByName(user.branchId() == null ? -1L : user.branchId(), user.memberId());
    }

    /** A branch's members by name, for those who may read the branch. */
    @Transactional(readOnly = true)
    public List<MemberRef> membersOfBranch(long branchId) {
        currentUser.requireCanReadBranch(branchId);
        return lookups.membersByName(branchId, null);
    }

    /** The branches the viewer may see, with member counts, committee and warnings. */
    @Transactional(readOnly = true)
    public List<BranchSummary> branchSummaries() {
        return branchService.summaries();
    }

    /** Every branch by id (name, code, kind): labels for all signed-in users. */
    @Transactional(readOnly = true)
    public Map<Long, BranchRef> branchesById() {
        return lookups.branches().stream().collect(Collectors.toMap(BranchRef::id, Function.identity()));
    }

    /** The member ids on a branch's committee, for a branch the viewer may read. */
    @Transactional(readOnly = true)
    public List<Long> committeeMemberIds(Long branchId) {
        return branchService.committee(branchId).stream()
                .map(CommitteeSeat::memberId)
                .toList();
    }

    /** Names for ids, limited to whom the viewer may see (see {@link MemberService#refs}). */
    @Transactional(readOnly = true)
    public List<MemberRef> members(Collection<Long> ids) {
        return memberService.refs(ids);
    }

    /**
     * The committee members of a joint activity's parties (issue 8: a joint event for "the committees"), for
     * whoever may change the organiser branch's events; the partner branches come from the pairing, never a form.
     */
    @Transactional(readOnly = true)
    public List<Long> partyCommitteeMemberIds(Long organiserBranchId, Collection<Long> partnerBranchIds) {
        currentUser.requireCanEditBranch(organiserBranchId);
        List<Long> branches = new java.util.ArrayList<>(List.of(organiserBranchId));
        branches.addAll(partnerBranchIds);
        return em.createQuery(
                        "select distinct c.member.id from CommitteeMember c where c.branch.id in :branches", Long.class)
                .setParameter("branches", branches)
                .getResultList();
    }

    /** Members of a joint activity's parties (see {@link MemberService#partyRefs}): never pass form ids. */
    @Transactional(readOnly = true)
    public List<MemberRef> partyMembers(Long organiserBranchId, Collection<Long> partnerBranchIds) {
        return memberService.partyRefs(organiserBranchId, partnerBranchIds);
    }

    /**
     * Names for member ids that the calling service has established itself from its own records (for the
     * calendar: members who asked to be signed in at an event the viewer runs), never ids from a form:
     * unlike {@link #members}, it does not narrow to the viewer's branch, since a joint event's partner
     * members must be named to the organiser. Unknown ids are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> memberNames(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m.id, m.name from Member m where m.id in :ids", Object[].class)
                .setParameter("ids", memberIds)
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    /**
     * The member's current branch. Open to callers without a session (the calendar's feed, whose secret
     * is the credential, checks that its owner still belongs to the branch); it reveals one id, no name.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<Long> branchOfMember(Long memberId) {
        return em.createQuery("select m.branch.id from Member m where m.id = :id and m.branch is not null", Long.class)
                .setParameter("id", memberId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Locks the branches' rows until the caller's transaction ends, in id order so two callers never
     * deadlock. Pairing serialises its overlap check on the parties this way (no unique key can express
     * "no overlapping term"); a transaction must already be running, or the lock would end at once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockBranches(Collection<Long> branchIds) {
        if (branchIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("select id from party_branch where id in (:ids) order by id for update")
                .setParameter("ids", branchIds.stream().distinct().sorted().toList())
                .getResultList();
    }
}
