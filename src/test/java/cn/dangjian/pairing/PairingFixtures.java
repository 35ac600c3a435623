package cn.dangjian.pairing;

import cn.dangjian.support.SignedIn;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Builds pairings for tests. Tests share the demo database, so every pairing gets a term of its own
 * far in the future: two tests never collide on the duplicate rule. Built by each test from its beans.
 */
final class PairingFixtures {

    private static final AtomicInteger TERMS = new AtomicInteger();
    private final PairingEditService pairings;
    private final PairingLifecycleService lifecycle;
    private final JdbcTemplate jdbc;
    private final UserDetailsService users;

    PairingFixtures(
            PairingEditService pairings,
            PairingLifecycleService lifecycle,
            JdbcTemplate jdbc,
            UserDetailsService users) {
        this.pairings = pairings;
        this.lifecycle = lifecycle;
        this.jdbc = jdbc;
        this.users = users;
    }

    /** A fresh two-year term, starting in 2040 or later, that no other test uses. */
    static LocalDate freshStart() {
        return LocalDate.of(2040, 1, 1).plusYears(3L * TERMS.incrementAndGet());
    }

    Long branch(String code) {
        return jdbc.queryForObject("select id from party_branch where code = ?", Long.class, code);
    }

    long version(Long pairingId) {
        return jdbc.queryForObject("select version from pairing where id = ?", Long.class, pairingId);
    }

    static PairingForm form(Long own, Long partner, String title, LocalDate start) {
        return new PairingForm(
                null,
                0,
                PairingKind.INTERNAL,
                own,
                partner,
                null,
                title,
                start,
                start,
                start.plusYears(2),
                "甲方书记",
                "乙方书记",
                null,
                List.of(
                        new PairingForm.GoalForm(
                                null, GoalDimension.JOINT_ACTIVITIES, "每季度联合主题党日", 4, start.plusYears(1)),
                        new PairingForm.GoalForm(
                                null, GoalDimension.BUSINESS_LINKAGE, "解决出院结算排队问题", null, start.plusYears(2))));
    }

    /** Creates and activates an internal pairing; call while signed in as an administrator. */
    Long active(String own, String partner, String title, LocalDate start) {
        Long id = pairings.save(form(branch(own), branch(partner), title, start), null);
        lifecycle.activate(id, version(id));
        return id;
    }

    <T> T as(String username, Supplier<T> work) {
        return SignedIn.as(users, username, work::get);
    }

    void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
