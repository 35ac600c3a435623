package cn.dangjian.accounts;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.contracts.MemberBranchChanged;
import cn.dangjian.security.AccountStates;
import cn.dangjian.security.Actors;
import cn.dangjian.security.OpenSessions;
import cn.dangjian.security.Roles;
import cn.dangjian.security.SecurityEvents;
import cn.dangjian.security.UserAccount;
import cn.dangjian.security.UserAccountRepository;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A login follows its member to the new branch, inside the move's own transaction. A secretary's office
 * belongs to the branch they were elected in, so a moved secretary becomes a member of the new branch; the
 * administrator grants the role again if they lead the new branch too (decision 0007). Open sessions end,
 * so the menus and views rebuilt at the next sign-in match the new scope.
 */
@Component
class MemberMovedListener {

    private final UserAccountRepository accounts;
    private final AuditService audit;
    private final SecurityEvents events;
    private final OpenSessions sessions;
    private final AccountStates states;

    MemberMovedListener(
            UserAccountRepository accounts,
            AuditService audit,
            SecurityEvents events,
            OpenSessions sessions,
            AccountStates states) {
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.sessions = sessions;
        this.states = states;
    }

    @EventListener
    void on(MemberBranchChanged moved) {
        for (UserAccount account : accounts.findByMemberId(moved.memberId())) {
            if (account.getBranchId() == null || account.getId() == null) {
                continue; // admins and leaders linked to a member are not scoped by branch
            }
            String role = account.getRole();
            account.setBranchId(moved.toBranchId());
            if (Roles.SECRETARY.equals(role)) {
                account.setRole(Roles.MEMBER);
            }
            accounts.saveAndFlush(account);
            audit.record(
                    "UserAccount",
                    account.getId(),
                    "UPDATE",
                    account.getUsername(),
                    Map.of("branchId", moved.fromBranchId(), "role", role),
                    Map.of("branchId", moved.toBranchId(), "role", account.getRole()));
            String actor = Actors.current();
            events.record(
                    "BRANCH_CHANGED",
                    actor,
                    account.getId(),
                    account.getUsername(),
                    Map.of("from", moved.fromBranchId(), "to", moved.toBranchId()));
            if (!role.equals(account.getRole())) {
                events.record(
                        "ROLE_CHANGED",
                        actor,
                        account.getId(),
                        account.getUsername(),
                        Map.of("from", role, "to", account.getRole()));
            }
            states.invalidate(account.getId());
            sessions.endAll(account.getId());
        }
    }
}
