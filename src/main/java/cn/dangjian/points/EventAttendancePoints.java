package cn.dangjian.points;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves one member's points for one calendar event from the state the ledger reflects to another:
 * the calendar listener does it at once, the approval of a late-attendance line does it later, and both
 * through this class so an approved line appends exactly what the listener would have. Lock order, as for
 * every ledger writer: the event's lock row, then the member's chain head, then entries.
 */
@Component
class EventAttendancePoints {

    static final String NONE = "NONE";
    /** Reasons are stored as bundle keys so the history shows them in the viewer's language. */
    static final String REASON_CORRECTED = "points.reason.corrected";

    static final String REASON_CANCELLED = "points.reason.cancelled";
    static final BigDecimal NO_HOURS = BigDecimal.ZERO.setScale(2);

    /** What the event last left in the member's ledger: the attendance state and the study hours credited. */
    record Applied(String state, BigDecimal hours) {
        static final Applied NOTHING = new Applied(NONE, NO_HOURS);
    }

    /** What a transition appended: the entries' ids and their net points. */
    record Outcome(List<Long> entries, int net) {}

    /** The facts of an event a transition writes into the ledger. */
    record EventFacts(long eventId, String title, LocalDate heldDate, boolean held) {}

    /** The lock row every event's points writing takes first ({@link #lockEvent}); no event has id 0. */
    private static final long HOSPITAL_WIDE = 0;

    private final Ledger ledger;
    private final JdbcTemplate jdbc;

    EventAttendancePoints(Ledger ledger, JdbcTemplate jdbc) {
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    /**
     * Serialises everything that writes points for events: first hospital-wide (the row of event id 0, which no
     * event has), then for the event (two saves, a save and an approval). The hospital-wide step exists because
     * the locking read of a new event's member states locks the empty index range at its end: two events recorded
     * at once each locked that same gap and then inserted into it, and one died of a deadlock however often it
     * was retried (the load smoke test, 2026-11-30). Recording an event takes well under a second, so the wait it
     * adds is small beside a meeting's minutes being typed; awards outside events do not take it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockEvent(long eventId) {
        lockRow(HOSPITAL_WIDE);
        lockRow(eventId);
    }

    /** ON DUPLICATE KEY UPDATE takes the row's exclusive lock whether it inserts or finds it: one round trip. */
    private void lockRow(long eventId) {
        jdbc.update(
                "insert into points_event_lock (event_id) values (?) on duplicate key update event_id = event_id",
                eventId);
    }

    /** Every member's applied state for the event (locking read: call after {@link #lockEvent}). */
    Map<Long, Applied> lockedStates(long eventId) {
        Map<Long, Applied> current = new HashMap<>();
        jdbc.query(
                "select member_id, state, study_hours from points_event_member where event_id = ? for update",
                rs -> {
                    current.put(rs.getLong(1), new Applied(rs.getString(2), rs.getBigDecimal(3)));
                },
                eventId);
        return current;
    }

    Applied lockedState(long eventId, long memberId) {
        List<Applied> rows =
                jdbc.query("""
                select state, study_hours from points_event_member where event_id = ? and member_id = ? for update""", (rs, i) -> new Applied(rs.getString(1), rs.getBigDecimal(2)), eventId, memberId);
        return rows.isEmpty() ? Applied.NOTHING : rows.get(0);
    }

    /** Whether moving from {@code was} to {@code want} would append anything to the ledger. */
    boolean changesLedger(long eventId, long memberId, Applied was, String want, @Nullable RuleTerms rule) {
        if (was.state().equals(want)) {
            return false;
        }
        if (rule != null) {
            return true;
        }
        return !NONE.equals(was.state()) && !nets(eventId, memberId, false).isEmpty();
    }

    /**
     * Applies the transition and returns what it appended. {@code points} is what the rule
     * of the wanted state grants before caps (the rule's points when the attendance was recorded).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome apply(
            EventFacts e,
            long memberId,
            long branchId,
            Applied was,
            String want,
            BigDecimal wantHours,
            @Nullable RuleTerms rule,
            int points,
            String recordedBy,
            String approvedBy) {
        List<Long> appended = new ArrayList<>(2);
        int net = 0;
        if (!was.state().equals(want)) {
            if (!NONE.equals(was.state())) {
                ledger.lockMember(memberId); // event lock, then member lock, then entries
                for (RuleNet n : nets(e.eventId(), memberId, true)) {
                    net += add(
                            appended,
                            ledger.append(new Award(
                                    memberId,
                                    branchId,
                                    n.ruleId(),
                                    -n.net(),
                                    e.heldDate(),
                                    SourceType.EVENT,
                                    e.eventId(),
                                    n.lastEntryId(),
                                    e.held() ? REASON_CORRECTED : REASON_CANCELLED,
                                    recordedBy,
                                    approvedBy,
                                    false,
                                    null,
                                    null,
                                    null)));
                }
            }
            if (rule != null) {
                net += add(
                        appended,
                        ledger.append(Award.of(
                                rule,
                                memberId,
                                branchId,
                                points,
                                e.heldDate(),
                                SourceType.EVENT,
                                e.eventId(),
                                e.title(),
                                recordedBy,
                                approvedBy)));
            }
        }
        if (was.hours().compareTo(wantHours) != 0) {
            jdbc.update("""
                    insert into points_study (member_id, study_year, hours) values (?, ?, ?)
                    on duplicate key update hours = hours + values(hours)""", memberId, e.heldDate().getYear(), wantHours.subtract(was.hours()));
        }
        if (NONE.equals(want)) {
            jdbc.update("delete from points_event_member where event_id = ? and member_id = ?", e.eventId(), memberId);
        } else if (!was.state().equals(want) || was.hours().compareTo(wantHours) != 0) {
            jdbc.update("""
                    insert into points_event_member (event_id, member_id, state, study_hours) values (?, ?, ?, ?)
                    on duplicate key update state = values(state), study_hours = values(study_hours)""", e.eventId(), memberId, want, wantHours);
        }
        return new Outcome(appended, net);
    }

    /** Records an appended entry; returns the points it granted (none when the caps left nothing to append). */
    private static int add(List<Long> appended, Ledger.Result r) {
        if (r.entryId() == null) {
            return 0;
        }
        appended.add(r.entryId());
        return r.granted();
    }

    /** What the event left in the member's ledger under one rule: the net points and the newest entry. */
    private record RuleNet(long ruleId, int net, long lastEntryId) {}

    /** The event's non-zero nets in the member's ledger, per rule. */
    private List<RuleNet> nets(long eventId, long memberId, boolean locking) {
        return jdbc.query(
                """
                select rule_id, sum(points), max(id) from points_entry
                where source_type = 'EVENT' and source_id = ? and member_id = ? group by rule_id having sum(points) <> 0""" + (locking ? " lock in share mode" : ""),
                (rs, i) -> new RuleNet(rs.getLong(1), rs.getInt(2), rs.getLong(3)),
                eventId,
                memberId);
    }
}
