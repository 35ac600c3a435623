package cn.dangjian.support;

import cn.dangjian.accounts.AccountService;
import cn.dangjian.organization.Member;
import cn.dangjian.organization.MemberInput;
import cn.dangjian.organization.MemberService;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.SystemAuthentication;
import cn.dangjian.security.UserAccount;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Fresh members and logins for the account tests, so that the demo logins other tests use stay untouched. */
public final class TestAccounts {

    public static final String PASSWORD = "ward seven night shift";
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 10_000));

    private TestAccounts() {}

    public static long branchId(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("select id from party_branch where code = ?", Long.class, code);
    }

    public static <T> T asSystem(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        SystemAuthentication.runAsSystem(() -> result.set(work.get()));
        return result.get();
    }

    /** A new member of the branch, created by the system administrator. */
    public static Member newMember(MemberService members, long branchId) {
        Member m = new Member();
        m.setName("账号测试" + SEQ.incrementAndGet());
        m.setStaffNumber("AT" + SEQ.get() + "-" + System.nanoTime() % 1000);
        m.setJoinedDate(LocalDate.of(2015, 3, 1));
        return asSystem(() -> members.save(input(m, branchId)));
    }

    /** The member (as a test changed it) as its form would send it, in {@code branchId}. */
    public static MemberInput input(Member m, long branchId) {
        MemberInput i = MemberInput.of(m);
        return new MemberInput(
                i.id(),
                i.version(),
                i.name(),
                i.staffNumber(),
                i.gender(),
                i.birthDate(),
                branchId,
                i.departmentId(),
                i.status(),
                i.joinedDate(),
                i.fullMemberDate(),
                i.title(),
                i.departmentHead(),
                i.keyStaff(),
                i.partyWorker());
    }

    public static UserAccount newAccount(AccountService accounts, Member m, String role) {
        String username = "at-" + m.getStaffNumber().toLowerCase();
        return asSystem(() -> accounts.create(
                username, PASSWORD, role, m.getName(), m.getId(), m.getBranch().getId()));
    }

    /** Puts the user in this thread's security context as a sign-in would (principal loaded at that moment). */
    public static AppUser signIn(UserDetailsService users, String username) {
        AppUser user = (AppUser) users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }
}
