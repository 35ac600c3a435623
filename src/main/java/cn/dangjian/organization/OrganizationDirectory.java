package cn.dangjian.organization;

import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullMarked;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door into organisation data for the other features (pairing, calendar, points): records, never
 * entities, each method secured and scoped like the organisation's own services.
 */
@Service
@NullMarked
public class OrganizationDirectory {

    private final MemberLookups lookups;
    private final CurrentUser currentUser;

    OrganizationDirectory(MemberLookups lookups, CurrentUser currentUser) {
        this.lookups = lookups;
        this.currentUser = currentUser;
    }

    /**
     * Member id to current branch id, for the ids that exist. Keys only, no personal data, and called from
     * inside other features' already-authorised work: the points listener runs in the calendar's transaction
     * for every attendance save, whoever (or whatever job) made it. Hence permitted without a signed-in user.
     */
    @Transactional(readOnly = true)
    @PermitAll
    public Map<Long, Long> branchesOfMembers(Collection<Long> memberIds) {
        return lookups.branchesOf(memberIds);
    }

    /**
     * Names and current branches by member id, for rows the calling feature has already decided the viewer may
     * see (the points leaderboard follows the administrator's visibility setting, the approval queue the
     * committee seats): only names, so the caller's scope applies, not the member directory's.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, MemberLabel> memberLabels(Collection<Long> memberIds) {
        return lookups.labels(memberIds);
    }

    /** The branches on whose committee a member sits: one's own, or anyone's for the whole-hospital roles. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Long> committeeBranchesOf(long memberId) {
        AppUser user = currentUser.require();
        if (!user.seesWholeHospital() && !Long.valueOf(memberId).equals(user.memberId())) {
            throw new AccessDeniedException("member " + memberId);
        }
        return lookups.committeeBranchesOf(memberId);
    }

    /** Every branch's code, name and kind: labels for all signed-in users, as {@link BranchService#refs()}. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BranchRef> branches() {
        return lookups.branches();
    }

    /** How many members the hospital has (a COUNT over every member: callers cache it). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long memberCount() {
        return lookups.memberCount();
    }

    /** Branch id to its number of members, for the branches that have any. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Long> memberCountsByBranch() {
        return lookups.memberCountsByBranch();
    }

    /**
     * The members the viewer may see, by name: the whole hospital for administrators and leaders, otherwise the
     * own branch (and oneself), as {@link MemberService#refs}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MemberRef> members() {
        AppUser user = currentUser.require();
        if (user.seesWholeHospital()) {
            return lookups.membersByName(null, null);
        }
        return lookups.membersByName(user.branchId() == null ? -1L : user.branchId(), user.memberId());
    }

    /** A branch's members by name, for those who may read the branch. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MemberRef> membersOfBranch(long branchId) {
        currentUser.requireCanReadBranch(branchId);
        return lookups.membersByName(branchId, null);
    }
}
