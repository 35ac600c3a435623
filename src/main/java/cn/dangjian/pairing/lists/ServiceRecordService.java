package cn.dangjian.pairing.lists;

import cn.dangjian.organization.BranchKind;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Service records (服务型支部) of the functional branches: one branch's on its page, all in one hospital table. */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "')")
public class ServiceRecordService {

    private final NeedFacts facts;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final Clock clock;

    ServiceRecordService(NeedFacts facts, OrganizationDirectory organization, CurrentUser currentUser, Clock clock) {
        this.facts = facts;
        this.organization = organization;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every functional branch's record for the year, busiest first. */
    @Transactional(readOnly = true)
    public List<ServiceRecord> hospital(int year) {
        var all = facts.byBranch(LocalDate.now(clock));
        return organization.branches().stream()
                .filter(b -> b.kind() == BranchKind.FUNCTIONAL)
                .map(b -> ServiceRecordRule.of(
                        b.id(),
                        b.name(),
                        year,
                        all.getOrDefault(b.id(), Map.of()).values()))
                .sorted((a, b) -> Integer.compare(b.received(), a.received()))
                .toList();
    }

    /**
     * The branch's record for the year when it is a functional branch and the viewer may read the branch (its
     * secretary, members of the office, leaders); empty otherwise.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<ServiceRecord> of(long branchId, int year) {
        var user = currentUser.require();
        if (!user.seesWholeHospital()
                && !(user.isSecretary() && Long.valueOf(branchId).equals(user.branchId()))) {
            return Optional.empty();
        }
        BranchRef b = organization.branchesById().get(branchId);
        if (b == null || b.kind() != BranchKind.FUNCTIONAL) {
            return Optional.empty();
        }
        var mine = facts.byBranch(LocalDate.now(clock)).getOrDefault(branchId, Map.of());
        return Optional.of(ServiceRecordRule.of(branchId, b.name(), year, mine.values()));
    }
}
