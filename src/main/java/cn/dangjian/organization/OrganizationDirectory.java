package cn.dangjian.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door into organisation data for the other features (pairing, calendar, points): records, never
 * entities, each method secured and scoped like the organisation's own services.
 */
@Service
@NullMarked
public class OrganizationDirectory {

    // Calendar and pairing: delegates to the organisation's services, so their scoping rules stay in one place.
    private final BranchService branchService;
    private final MemberService memberService;
    private final EntityManager em;

    OrganizationDirectory(BranchService branchService, MemberService memberService, EntityManager em) {
        this.branchService = branchService;
        this.memberService = memberService;
        this.em = em;
    }

    /** Every branch (name, code, kind), in the organisation's order: pickers and labels for all signed-in users. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BranchRef> branches() {
        return branchService.refs();
    }

    /** The branches the viewer may see, with member counts, committee and warnings. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BranchSummary> branchSummaries() {
        return branchService.summaries();
    }

    /** Every branch by id (name, code, kind): labels for all signed-in users. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, BranchRef> branchesById() {
        return branchService.refs().stream().collect(Collectors.toMap(BranchRef::id, Function.identity()));
    }

    /** Members of a branch the viewer may read. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MemberRef> membersOfBranch(Long branchId) {
        return memberService.refsOfBranch(branchId);
    }

    /** The member ids on a branch's committee, for a branch the viewer may read. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Long> committeeMemberIds(Long branchId) {
        return branchService.committee(branchId).stream().map(CommitteeSeat::memberId).toList();
    }

    /** Names for ids, limited to whom the viewer may see (see {@link MemberService#refs}). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MemberRef> members(Collection<Long> ids) {
        return memberService.refs(ids);
    }

    /** Members of a joint activity's parties (see {@link MemberService#partyRefs}): never pass form ids. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
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
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> memberNames(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m.id, m.name from Member m where m.id in :ids", Object[].class)
                .setParameter("ids", memberIds).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    /**
     * The member's current branch. Open to callers without a session (the calendar's feed, whose secret
     * is the credential, checks that its owner still belongs to the branch); it reveals one id, no name.
     */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<Long> branchOfMember(Long memberId) {
        return em.createQuery("select m.branch.id from Member m where m.id = :id and m.branch is not null", Long.class)
                .setParameter("id", memberId).getResultStream().findFirst();
    }

    /**
     * Locks the branches' rows until the caller's transaction ends, in id order so two callers never
     * deadlock. Pairing serialises its overlap check on the parties this way (no unique key can express
     * "no overlapping term"); a transaction must already be running, or the lock would end at once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("isAuthenticated()")
    public void lockBranches(Collection<Long> branchIds) {
        if (branchIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("select id from party_branch where id in (:ids) order by id for update")
                .setParameter("ids", branchIds.stream().distinct().sorted().toList()).getResultList();
    }
}
