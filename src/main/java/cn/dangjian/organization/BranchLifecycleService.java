package cn.dangjian.organization;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.contracts.BranchLifecycleChanged;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dissolving a branch (撤销): the row stays, with the day, so its history keeps its name; the calendar cancels its
 * future planned events in the same transaction (decision 0020). Creation is {@link BranchService#save}.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class BranchLifecycleService {

    private final BranchRepository branches;
    private final AuditService audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    BranchLifecycleService(
            BranchRepository branches, AuditService audit, ApplicationEventPublisher publisher, Clock clock) {
        this.branches = branches;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Dissolves the branch today; refused when it already is. */
    @Transactional
    public void dissolve(Long branchId, long expectedVersion) {
        Branch branch = branches.findWithDepartments(branchId).orElseThrow(NotFoundException::new);
        if (branch.getVersion() != expectedVersion) {
            throw new BusinessException("error.conflict");
        }
        if (branch.getDissolvedOn() != null) {
            throw new BusinessException("branch.alreadyDissolved", branch.getName());
        }
        Map<String, Object> before = branch.auditSnapshot();
        LocalDate today = LocalDate.now(clock);
        branch.setDissolvedOn(today);
        branches.saveAndFlush(branch);
        audit.record("Branch", branchId, "DISSOLVE", branch.getName(), before, branch.auditSnapshot());
        publisher.publishEvent(new BranchLifecycleChanged(branchId, BranchLifecycleChanged.Change.DISSOLVED, today));
    }
}
