package cn.dangjian.pairing.lists;

import cn.dangjian.support.SignedIn;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Shared steps of the lists' tests: demo branches and pairings by code, signed-in work. */
record ListsFixtures(JdbcTemplate jdbc, UserDetailsService users) {

    long branch(String code) {
        return jdbc.queryForObject("select id from party_branch where code = ?", Long.class, code);
    }

    long pairingBetween(String own, String partner) {
        return jdbc.queryForObject("""
                select min(p.id) from pairing p join party_branch x on x.id = p.branch_id
                join party_branch y on y.id = p.partner_branch_id where x.code = ? and y.code = ?""", Long.class, own, partner);
    }

    long memberOf(String username) {
        return jdbc.queryForObject("select member_id from user_account where username = ?", Long.class, username);
    }

    String status(long needId) {
        return jdbc.queryForObject("select status from pairing_need where id = ?", String.class, needId);
    }

    long version(long needId) {
        return jdbc.queryForObject("select version from pairing_need where id = ?", Long.class, needId);
    }

    <T> T as(String user, Callable<T> work) {
        return SignedIn.as(users, user, work);
    }

    void run(String user, Runnable work) {
        SignedIn.run(users, user, work);
    }

    static NeedInput need(String title, long branchId, Long pairingId, LocalDate wantedBy) {
        return new NeedInput(title, NeedKind.BUSINESS_LINKAGE, "说明", wantedBy, branchId, null, pairingId);
    }
}
