package cn.dangjian.browser;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the journeys read from the database to know what to expect. */
final class JourneyData {

    private JourneyData() {}

    static long memberOf(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select member_id from user_account where username = ?", Long.class, username);
    }

    /** What the pairing-activity rule still grants the member this year under its yearly cap. */
    static int room(JdbcTemplate jdbc, long memberId) {
        Map<String, Object> rule =
                jdbc.queryForMap("select id, points, cap_year from points_rule where code = 'PAIRING_ACTIVITY'");
        int used = jdbc.queryForObject(
                "select coalesce(sum(points), 0) from points_entry where member_id = ? and rule_id = ?"
                        + " and year(entry_date) = year(now())",
                Integer.class,
                memberId,
                rule.get("id"));
        int points = ((Number) rule.get("points")).intValue();
        Number cap = (Number) rule.get("cap_year");
        return cap == null ? points : Math.min(points, Math.max(0, cap.intValue() - used));
    }

    /** The event's points on the member's ledger. */
    static int eventPoints(JdbcTemplate jdbc, long eventId, long memberId) {
        return jdbc.queryForObject(
                "select coalesce(sum(points), 0) from points_entry where source_type = 'EVENT'"
                        + " and source_id = ? and member_id = ?",
                Integer.class,
                eventId,
                memberId);
    }
}
