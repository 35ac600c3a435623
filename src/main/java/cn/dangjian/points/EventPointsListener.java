package cn.dangjian.points;

import cn.dangjian.common.contracts.EventAttendanceChanged;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the calendar's attendance into points, in the calendar's own transaction. Each message
 * carries the full state; the state each (event, member) was last left in is kept, so only the
 * difference reaches the ledger: re-sending changes nothing, a correction reverses and re-awards,
 * a cancelled event is reversed entirely. The event's lock row serialises two concurrent saves.
 */
@Component
@NullMarked
class EventPointsListener {

    static final String NONE = "NONE";
    /** Reasons are stored as bundle keys so the history shows them in the viewer's language. */
    static final String REASON_CORRECTED = "points.reason.corrected";
    static final String REASON_CANCELLED = "points.reason.cancelled";

    private final Ledger ledger;
    private final PointsRuleRepository rules;
    private final MemberDirectory directory;
    private final JdbcTemplate jdbc;

    EventPointsListener(Ledger ledger, PointsRuleRepository rules, MemberDirectory directory, JdbcTemplate jdbc) {
        this.ledger = ledger;
        this.rules = rules;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    public void on(EventAttendanceChanged e) {
        jdbc.update("insert into points_event_lock (event_id) values (?) on duplicate key update event_id = event_id",
                e.eventId());
        jdbc.queryForList("select event_id from points_event_lock where event_id = ? for update", e.eventId());
        Map<Long, String> current = new HashMap<>();
        Map<Long, BigDecimal> currentHours = new HashMap<>();
        jdbc.query("select member_id, state, study_hours from points_event_member where event_id = ? for update", rs -> {
            current.put(rs.getLong(1), rs.getString(2));
            currentHours.put(rs.getLong(1), rs.getBigDecimal(3));
        }, e.eventId());
        Set<Long> everyone = new LinkedHashSet<>(current.keySet());
        everyone.addAll(e.present());
        everyone.addAll(e.absentWithoutLeave());
        Map<Long, Long> branches = directory.branchesOf(everyone);
        List<PointsRule> all = rules.findAllOrdered();
        PointsRule attendRule = first(all, e.eventTypeCode(), EventTrigger.ATTEND);
        PointsRule absentRule = first(all, e.eventTypeCode(), EventTrigger.ABSENT);
        BigDecimal hours = e.study() ? BigDecimal.valueOf(e.durationHours()).setScale(2, RoundingMode.HALF_UP)
                : BigDecimal.ZERO.setScale(2);
        for (long member : everyone) {
            Long branch = branches.get(member);
            if (branch == null) {
                continue;
            }
            String was = current.getOrDefault(member, NONE);
            String want = desired(e, member);
            BigDecimal hadHours = currentHours.getOrDefault(member, BigDecimal.ZERO.setScale(2));
            BigDecimal wantHours = EventTrigger.ATTEND.name().equals(want) ? hours : BigDecimal.ZERO.setScale(2);
            if (!was.equals(want)) {
                if (!NONE.equals(was)) {
                    reverseEvent(e, member, branch);
                }
                PointsRule rule = EventTrigger.ATTEND.name().equals(want) ? attendRule
                        : EventTrigger.ABSENT.name().equals(want) ? absentRule : null;
                if (rule != null) {
                    ledger.append(Award.of(rule, member, branch, rule.getPoints(), e.heldDate(), SourceType.EVENT,
                            e.eventId(), e.title(), "calendar", "calendar"));
                }
            }
            if (hadHours.compareTo(wantHours) != 0) {
                jdbc.update("""
                        insert into points_study (member_id, study_year, hours) values (?, ?, ?)
                        on duplicate key update hours = hours + values(hours)""", member, e.heldDate().getYear(),
                        wantHours.subtract(hadHours));
            }
            if (NONE.equals(want)) {
                jdbc.update("delete from points_event_member where event_id = ? and member_id = ?", e.eventId(), member);
            } else if (!was.equals(want) || hadHours.compareTo(wantHours) != 0) {
                jdbc.update("""
                        insert into points_event_member (event_id, member_id, state, study_hours) values (?, ?, ?, ?)
                        on duplicate key update state = values(state), study_hours = values(study_hours)""",
                        e.eventId(), member, want, wantHours);
            }
        }
    }

    static String desired(EventAttendanceChanged e, long member) {
        if (!e.held()) {
            return NONE;
        }
        if (e.present().contains(member)) {
            return EventTrigger.ATTEND.name();
        }
        return e.absentWithoutLeave().contains(member) ? EventTrigger.ABSENT.name() : NONE;
    }

    /** Appends the opposite of whatever this event has left in the member's ledger, rule by rule. */
    private void reverseEvent(EventAttendanceChanged e, long member, long branch) {
        ledger.lockMember(member); // event lock, then member lock, then entries: the order every writer uses
        List<long[]> nets = jdbc.query("""
                select rule_id, sum(points), max(id) from points_entry
                where source_type = 'EVENT' and source_id = ? and member_id = ? group by rule_id
                lock in share mode""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, e.eventId(), member);
        for (long[] n : nets) {
            if (n[1] != 0) {
                ledger.append(Award.reversal(member, branch, n[0], (int) -n[1], e.heldDate(), SourceType.EVENT,
                        e.eventId(), n[2], e.held() ? REASON_CORRECTED : REASON_CANCELLED, "calendar"));
            }
        }
    }

    private static @Nullable PointsRule first(List<PointsRule> all, String code, EventTrigger trigger) {
        return all.stream().filter(r -> r.appliesTo(code, trigger)).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
