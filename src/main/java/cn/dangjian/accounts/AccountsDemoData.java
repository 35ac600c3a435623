package cn.dangjian.accounts;

import cn.dangjian.demo.DemoDataContributor;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.BranchService;
import cn.dangjian.organization.CommitteeRole;
import cn.dangjian.organization.CommitteeSeat;
import cn.dangjian.organization.MemberRef;
import cn.dangjian.organization.MemberService;
import cn.dangjian.security.Roles;
import cn.dangjian.security.UserAccountRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo hospital's logins: the administrator, a hospital leader, every branch secretary, C08's organisation
 * committee member and two plain members. Created right after the organisation (which no longer knows about
 * accounts, decision 0010), branch by branch in the order the branches were created, so the accounts keep the
 * ids and names they had when the organisation's demo data made them.
 */
@Component
@Profile("demo")
class AccountsDemoData implements DemoDataContributor {

    static final String DEMO_PASSWORD = "demo123";

    private final AccountService accounts;
    private final UserAccountRepository logins;
    private final BranchService branches;
    private final MemberService members;

    AccountsDemoData(
            AccountService accounts, UserAccountRepository logins, BranchService branches, MemberService members) {
        this.accounts = accounts;
        this.logins = logins;
        this.branches = branches;
        this.members = members;
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public boolean alreadyLoaded() {
        return logins.existsByUsername("admin");
    }

    @Override
    @Transactional
    public void load() {
        String hash = accounts.hash(DEMO_PASSWORD);
        accounts.createWithHash("admin", hash, Roles.ADMIN, "党办管理员", null, null);
        accounts.createWithHash("leader", hash, Roles.LEADER, "院领导", null, null);
        List<BranchRef> inCreationOrder = branches.refs().stream()
                .sorted(Comparator.comparing(BranchRef::id))
                .toList();
        for (BranchRef branch : inCreationOrder) {
            createAccounts(hash, branch);
        }
    }

    private void createAccounts(String hash, BranchRef branch) {
        String code = branch.code();
        List<CommitteeSeat> committee = branches.committee(branch.id());
        seat(committee, CommitteeRole.SECRETARY)
                .ifPresent(c -> accounts.createWithHash(
                        "sec-" + code.toLowerCase(), hash, Roles.SECRETARY, c.memberName(), c.memberId(), branch.id()));
        if (code.equals("C08")) {
            // The organisation committee member (组织委员) decides points submissions when the committee approves.
            seat(committee, CommitteeRole.ORGANIZATION)
                    .ifPresent(c -> accounts.createWithHash(
                            "org-c08", hash, Roles.MEMBER, c.memberName(), c.memberId(), branch.id()));
        }
        if (code.equals("C08") || code.equals("C11")) {
            // Ids follow the order the members were created in.
            List<MemberRef> branchMembers = members.refsOfBranch(branch.id()).stream()
                    .sorted(Comparator.comparing(MemberRef::id))
                    .toList();
            MemberRef m = branchMembers.get(branchMembers.size() / 2);
            accounts.createWithHash(
                    code.equals("C08") ? "member" : "member2", hash, Roles.MEMBER, m.name(), m.id(), branch.id());
        }
    }

    private static Optional<CommitteeSeat> seat(List<CommitteeSeat> committee, CommitteeRole role) {
        return committee.stream().filter(c -> c.role() == role).findFirst();
    }
}
