package cn.dangjian.points.ui;

import cn.dangjian.common.ui.MenuGuard;
import cn.dangjian.points.ApprovalService;
import cn.dangjian.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Offers the approval page only to those who decide or submit points. */
@Component
class ApprovalMenuGuard implements MenuGuard {

    private final ApprovalService approvals;
    private final CurrentUser currentUser;

    ApprovalMenuGuard(ApprovalService approvals, CurrentUser currentUser) {
        this.approvals = approvals;
        this.currentUser = currentUser;
    }

    @Override
    public boolean shows(String path) {
        if (!path.equals(ApprovalView.ROUTE) && !path.equals("/" + ApprovalView.ROUTE)) {
            return true;
        }
        var user = currentUser.require();
        return user.isAdmin() || user.isSecretary() || approvals.canApprove();
    }
}
