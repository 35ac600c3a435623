package cn.dangjian.load;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.LongFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a load run needs in the demo hospital before it starts, written straight into its database: a login
 * (password demo123, the demo's own hash) for every member who has none, named {@code load-<member id>}, and
 * the load run's event type and points rule ({@link #createLoadEventType}), and the rush event, a hospital-wide 党课 that started five minutes ago with the rush's members expected.
 * Idempotent for the logins; every run gets a new event.
 */
final class LoadFixture {

    record Rush(long eventId, String token, List<String> usernames) {}

    /**
     * The demo's password hash: every demo login shares one (password demo123), so it is the hash most logins have.
     * Tests change some accounts' passwords; a run signs in only with logins that still have it.
     */
    private static final String DEMO_HASH =
            "select h.password_hash from (select password_hash from user_account group by password_hash"
                    + " order by count(*) desc limit 1) h";

    private LoadFixture() {}

    /** Logins for up to {@code max} members who have none, outside the branches {@code excluded} (codes). */
    static int createMemberLogins(Connection db, int max, String excluded) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("""
                insert into user_account (username, password_hash, role, display_name, member_id, branch_id, enabled,
                  version, must_change_password, created_by, created_date)
                select concat('load-', m.id), (%s),
                  'MEMBER', m.name, m.id, m.branch_id, 1, 0, 0, 'load-test', now(6)
                from party_member m join party_branch b on b.id = m.branch_id
                where not find_in_set(b.code, ?) and not exists (select 1 from user_account u where u.member_id = m.id)
                order by m.id limit ?""".formatted(DEMO_HASH))) {
            ps.setString(1, excluded);
            ps.setInt(2, max);
            return ps.executeUpdate();
        }
    }

    /**
     * The load run's own event type and its attendance rule, one point without caps: the demo members have used up
     * the year's cap of the real meeting rules, and a check of "every attendee awarded exactly once" needs awards
     * that caps do not cut.
     */
    static void createLoadEventType(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.executeUpdate("""
                    insert ignore into cal_event_type (code, name_zh, name_en, color, counts_compliance, study, default_hours,
                      sort_order, active, version, created_by, created_date)
                    values ('LOAD_TEST', '负载测试党课', 'Load-test lecture', '#607d8b', 0, 0, 1, 99, 1, 0, 'load-test', now(6))""");
            st.executeUpdate("""
                    insert ignore into points_rule (code, name, category, points, min_points, max_points, event_type_codes,
                      event_trigger, active, version, created_by, created_date)
                    values ('LOAD_TEST_ATTEND', '负载测试出席', 'ORG_LIFE', 1, 0, 1, 'LOAD_TEST', 'ATTEND', 1, 0, 'load-test',
                      now(6))""");
        }
    }

    /**
     * Users of a role for the mixed scenarios (secretaries, the administrator, the leader, members): logins with the
     * demo's password, outside the branches {@code excluded} (codes).
     */
    static List<String> usernames(Connection db, String role, int max, String excluded) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("""
                select u.username from user_account u left join party_branch b on b.id = u.branch_id
                where u.role = ? and u.enabled = 1 and u.must_change_password = 0
                  and u.password_hash = (%s) and (b.code is null or not find_in_set(b.code, ?))
                order by u.id limit ?""".formatted(DEMO_HASH))) {
            ps.setString(1, role);
            ps.setString(2, excluded);
            ps.setInt(3, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /**
     * Three planned 党课 of today for every branch that has a secretary's login, everyone in the branch expected:
     * what the secretaries of the mixed run find on their calendar and record as held.
     */
    static int createRecordableEvents(Connection db, ZoneId zone, String excluded) throws SQLException {
        LocalDateTime today = LocalDateTime.now(zone).toLocalDate().atTime(8, 0);
        int created = 0;
        for (int i = 0; i < 3; i++) {
            try (PreparedStatement ps = db.prepareStatement("""
                    insert into cal_event (branch_id, event_type_id, title, start_at, end_at, place, audience, status,
                      version, sign_in_generation, created_by, created_date)
                    select b.id, t.id, ?, ?, ?, '支部活动室', 'BRANCH', 'PLANNED', 0, 0, 'load-test', now(6)
                    from party_branch b join cal_event_type t on t.code = 'LOAD_TEST'
                    where not find_in_set(b.code, ?)
                      and exists (select 1 from user_account u where u.branch_id = b.id and u.role = 'SECRETARY')""")) {
                ps.setString(1, "支部党课（负载测试 " + (i + 1) + "）");
                ps.setString(4, excluded);
                ps.setTimestamp(2, Timestamp.valueOf(today.plusHours(i)));
                ps.setTimestamp(3, Timestamp.valueOf(today.plusHours(i).plusMinutes(50)));
                created += ps.executeUpdate();
            }
        }
        try (Statement st = db.createStatement()) {
            st.executeUpdate("""
                    insert into cal_attendance (event_id, member_id, version, created_by, created_date)
                    select e.id, m.id, 0, 'load-test', now(6) from cal_event e join party_member m on m.branch_id = e.branch_id
                    where e.created_by = 'load-test' and e.audience = 'BRANCH'
                      and not exists (select 1 from cal_attendance a where a.event_id = e.id)""");
        }
        return created;
    }

    /**
     * The rush's event: started five minutes ago in the hospital's time zone, so the QR code is valid, with an
     * expected-attendance row for each of {@code size} members with a login (theirs or a {@code load-} one).
     */
    static Rush createRushEvent(Connection db, int size, String excluded, LongFunction<String> tokens, ZoneId zone)
            throws SQLException {
        LocalDateTime now = LocalDateTime.now(zone).withNano(0);
        long eventId;
        try (PreparedStatement ps = db.prepareStatement("""
                insert into cal_event (branch_id, event_type_id, title, start_at, end_at, place, audience, status, version,
                  sign_in_generation, created_by, created_date)
                select (select min(id) from party_branch), t.id, ?, ?, ?, '大礼堂', 'LIST', 'PLANNED', 0, 0, 'load-test', now(6)
                from cal_event_type t where t.code = 'LOAD_TEST'""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, "全院党课（负载测试 " + now + "）");
            ps.setTimestamp(2, Timestamp.valueOf(now.minusMinutes(5)));
            ps.setTimestamp(3, Timestamp.valueOf(now.plusMinutes(55)));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                eventId = keys.getLong(1);
            }
        }
        List<String> usernames = new ArrayList<>();
        try (PreparedStatement members = db.prepareStatement("""
                        select u.member_id, min(u.username) from user_account u join party_branch b on b.id = u.branch_id
                        where u.member_id is not null and u.enabled = 1 and u.must_change_password = 0
                          and u.password_hash = (%s)
                          and not find_in_set(b.code, ?) group by u.member_id order by u.member_id limit ?""".formatted(DEMO_HASH));
                PreparedStatement expect = db.prepareStatement(
                        "insert into cal_attendance (event_id, member_id, version, created_by, created_date)"
                                + " values (?, ?, 0, 'load-test', now(6))")) {
            members.setString(1, excluded);
            members.setInt(2, size);
            try (ResultSet rs = members.executeQuery()) {
                while (rs.next()) {
                    expect.setLong(1, eventId);
                    expect.setLong(2, rs.getLong(1));
                    expect.addBatch();
                    usernames.add(rs.getString(2));
                }
            }
            expect.executeBatch();
        }
        return new Rush(eventId, tokens.apply(eventId), usernames);
    }

    /** The QR code's token as {@code calendar.SignInTokens} signs it: {@code <event>.<generation>.<hmac>}. */
    static String token(long eventId, String secret) {
        String payload = eventId + ".0";
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return payload + "."
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
