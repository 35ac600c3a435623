package cn.dangjian.points;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.points.EventAttendancePoints.EventFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Attendance recorded long after the event (a back-dated meeting) reaches the ledger only through the
 * office's approval queue: one line per (event, member) asking for the attendance state the calendar now
 * shows. A later correction withdraws the pending line and asks again, so nothing is counted twice; the
 * same request sent again (or one already rejected) is not asked twice.
 */
@Component
class LateAttendance {

    /** The newest line of a member for an event, whatever its status. */
    record Line(long id, String targetState, BigDecimal targetHours, SubmissionStatus status) {}

    private final EventAttendancePoints points;
    private final PointsSubmissionRepository submissions;
    private final PointsRulesService rulesService;
    private final OrganizationDirectory organization;
    private final AuditService audit;
    private final JdbcTemplate jdbc;

    LateAttendance(
            EventAttendancePoints points,
            PointsSubmissionRepository submissions,
            PointsRulesService rulesService,
            OrganizationDirectory organization,
            AuditService audit,
            JdbcTemplate jdbc) {
        this.points = points;
        this.submissions = submissions;
        this.rulesService = rulesService;
        this.organization = organization;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** Whether attendance recorded today for an event held on {@code heldDate} needs approval. */
    static boolean isLate(LocalDate heldDate, LocalDate today, int lateDays) {
        return heldDate.plusDays(lateDays).isBefore(today);
    }

    /** The newest line per member for the event (locking read, under the event lock). */
    Map<Long, Line> lockedLines(long eventId) {
        Map<Long, Line> lines = new HashMap<>();
        jdbc.query(
                """
                select id, member_id, target_state, target_hours, status from points_submission
                where event_id = ? and source_type = 'EVENT' order by id for update""",
                rs -> {
                    lines.put(
                            rs.getLong(2),
                            new Line(
                                    rs.getLong(1),
                                    rs.getString(3),
                                    rs.getBigDecimal(4),
                                    SubmissionStatus.valueOf(rs.getString(5))));
                },
                eventId);
        return lines;
    }

    /** Withdraws the line if it still waits: the attendance it asked for is no longer what the calendar shows. */
    int withdraw(@Nullable Line line) {
        if (line == null || line.status() != SubmissionStatus.PENDING) {
            return 0;
        }
        // The version moves too, so an approval that read the line before this commit fails instead of applying it.
        return jdbc.update("""
                update points_submission set status = 'WITHDRAWN', version = version + 1, last_modified_date = now(6)
                where id = ? and status = 'PENDING'""", line.id());
    }

    /** Asks for approval of the member's attendance; returns whether a new line was queued. */
    boolean request(
            EventFacts e,
            long memberId,
            long branchId,
            String want,
            BigDecimal wantHours,
            @Nullable RuleTerms rule,
            int rulePoints,
            @Nullable Line line,
            String batch,
            String recordedBy) {
        if (line != null
                && line.targetState().equals(want)
                && line.targetHours().compareTo(wantHours) == 0
                && (line.status() == SubmissionStatus.PENDING || line.status() == SubmissionStatus.REJECTED)) {
            return false;
        }
        withdraw(line);
        PointsSubmission s = new PointsSubmission();
        s.setBatchKey(batch);
        s.setMemberId(memberId);
        s.setBranchId(branchId);
        // The rule granting the wanted state, or (a pure reversal) the rule whose points are taken back.
        s.setRuleId(rule != null ? rule.id() : reversedRule(e.eventId(), memberId));
        s.setPoints(rule != null ? rulePoints : 0);
        s.setEntryDate(e.heldDate());
        s.setSubmittedBy(recordedBy);
        s.setSourceType(SourceType.EVENT);
        s.setEventId(e.eventId());
        s.setEventTitle(e.title().length() > 200 ? e.title().substring(0, 200) : e.title());
        s.setEventHeld(e.held());
        s.setTargetState(want);
        s.setTargetHours(wantHours);
        submissions.save(s);
        return true;
    }

    private long reversedRule(long eventId, long memberId) {
        return jdbc.queryForObject("""
                select rule_id from points_entry where source_type = 'EVENT' and source_id = ? and member_id = ?
                group by rule_id having sum(points) <> 0 order by rule_id limit 1""", Long.class, eventId, memberId);
    }

    /** Applies an approved line exactly as the listener would have applied the attendance. */
    EventAttendancePoints.Outcome approve(PointsSubmission s, String approver) {
        long eventId = s.getEventId() == null ? -1 : s.getEventId();
        points.lockEvent(eventId);
        String status = jdbc.queryForObject(
                "select status from points_submission where id = ? for update", String.class, s.getId());
        if (!SubmissionStatus.PENDING.name().equals(status)) {
            throw new BusinessException("points.approve.alreadyDecided");
        }
        if (s.getEntryDate().getYear() < rulesService.current().getOpenYear()) {
            throw new BusinessException(
                    "points.approve.closedYear", String.valueOf(s.getEntryDate().getYear()));
        }
        String want = s.getTargetState() == null ? EventAttendancePoints.NONE : s.getTargetState();
        RuleTerms rule = EventAttendancePoints.NONE.equals(want) ? null : rulesService.terms(s.getRuleId());
        Long branch = organization.branchesOfMembers(List.of(s.getMemberId())).get(s.getMemberId());
        EventFacts facts = new EventFacts(
                eventId,
                s.getEventTitle() == null ? "" : s.getEventTitle(),
                s.getEntryDate(),
                !Boolean.FALSE.equals(s.getEventHeld()));
        BigDecimal hours = s.getTargetHours() == null ? EventAttendancePoints.NO_HOURS : s.getTargetHours();
        EventAttendancePoints.Outcome outcome = points.apply(
                facts,
                s.getMemberId(),
                branch == null ? s.getBranchId() : branch,
                points.lockedState(eventId, s.getMemberId()),
                want,
                hours,
                rule,
                s.getPoints(),
                "calendar",
                approver);
        recordAutomatic(facts, outcome.entries());
        return outcome;
    }

    /** One audit entry per batch of automatic entries, naming the event that produced them. */
    void recordAutomatic(EventFacts e, List<Long> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("event", e.eventId());
        after.put("title", e.title());
        after.put("date", e.heldDate());
        after.put("entries", entries.stream().map(String::valueOf).collect(Collectors.joining(",")));
        audit.record("PointsEntry", null, "EVENT_POINTS", e.title() + " #" + e.eventId(), Map.of(), after);
    }
}
