package cn.dangjian.points;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.contracts.EventAttendanceChanged;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.points.EventAttendancePoints.Applied;
import cn.dangjian.points.EventAttendancePoints.EventFacts;
import cn.dangjian.security.Actors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the calendar's attendance into points, in the calendar's own transaction. Each message
 * carries the full state; the state each (event, member) was last left in is kept, so only the
 * difference reaches the ledger: re-sending changes nothing, a correction reverses and re-awards,
 * a cancelled event is reversed entirely. The event's lock row serialises two concurrent saves.
 * Events of a closed year change nothing (the year is frozen, in both directions); attendance
 * recorded too long after the event goes to the approval queue instead of the ledger.
 */
@Component
class EventPointsListener {

    static final String NONE = EventAttendancePoints.NONE;

    private final EventAttendancePoints points;
    private final LateAttendance late;
    private final PointsRuleRepository rules;
    private final PointsRulesService rulesService;
    private final OrganizationDirectory organization;
    private final AuditService audit;
    private final Clock clock;

    EventPointsListener(
            EventAttendancePoints points,
            LateAttendance late,
            PointsRuleRepository rules,
            PointsRulesService rulesService,
            OrganizationDirectory organization,
            AuditService audit,
            Clock clock) {
        this.points = points;
        this.late = late;
        this.rules = rules;
        this.rulesService = rulesService;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(EventAttendanceChanged e) {
        points.lockEvent(e.eventId());
        PointsSettings settings = rulesService.current();
        if (e.heldDate().getYear() < settings.getOpenYear()) {
            return;
        }
        boolean isLate = LateAttendance.isLate(e.heldDate(), LocalDate.now(clock), settings.getLateAttendanceDays());
        Map<Long, Applied> current = points.lockedStates(e.eventId());
        Map<Long, LateAttendance.Line> lines = late.lockedLines(e.eventId());
        // Members in ascending id order: two events recorded at once that share members then lock their chain heads
        // in the same order (in set order the load test's rush and a branch meeting deadlocked).
        Set<Long> everyone = new TreeSet<>(current.keySet());
        everyone.addAll(e.present());
        everyone.addAll(e.absentWithoutLeave());
        everyone.addAll(lines.keySet());
        Map<Long, Long> branches = organization.branchesOfMembers(everyone);
        List<PointsRule> all = rules.findAllOrdered();
        PointsRule attendRule = first(all, e.eventTypeCode(), EventTrigger.ATTEND);
        PointsRule absentRule = first(all, e.eventTypeCode(), EventTrigger.ABSENT);
        BigDecimal hours = e.study()
                ? BigDecimal.valueOf(e.durationHours()).setScale(2, RoundingMode.HALF_UP)
                : EventAttendancePoints.NO_HOURS;
        EventFacts facts = new EventFacts(e.eventId(), e.title(), e.heldDate(), e.held());
        String batch = UUID.randomUUID().toString();
        String recordedBy = Actors.current();
        List<Long> appended = new ArrayList<>();
        int queued = 0;
        for (long member : everyone) {
            Long branch = branches.get(member);
            if (branch == null) {
                continue;
            }
            Applied was = current.getOrDefault(member, Applied.NOTHING);
            String want = desired(e, member);
            BigDecimal wantHours = EventTrigger.ATTEND.name().equals(want) ? hours : EventAttendancePoints.NO_HOURS;
            LateAttendance.Line line = lines.get(member);
            if (was.state().equals(want) && was.hours().compareTo(wantHours) == 0) {
                late.withdraw(line);
                continue;
            }
            PointsRule rule = EventTrigger.ATTEND.name().equals(want)
                    ? attendRule
                    : EventTrigger.ABSENT.name().equals(want) ? absentRule : null;
            RuleTerms terms = rule == null ? null : RuleTerms.of(rule);
            int rulePoints = rule == null ? 0 : rule.getPoints();
            if (isLate && points.changesLedger(e.eventId(), member, was, want, terms)) {
                if (late.request(facts, member, branch, want, wantHours, terms, rulePoints, line, batch, recordedBy)) {
                    queued++;
                }
            } else {
                late.withdraw(line);
                appended.addAll(points.apply(
                                facts, member, branch, was, want, wantHours, terms, rulePoints, "calendar", "calendar")
                        .entries());
            }
        }
        late.recordAutomatic(facts, appended);
        if (queued > 0) {
            audit.record(
                    "PointsSubmission",
                    null,
                    "CREATE",
                    batch,
                    Map.of(),
                    Map.of("lines", queued, "event", e.eventId(), "title", e.title(), "lateAttendance", true));
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

    private static @Nullable PointsRule first(List<PointsRule> all, String code, EventTrigger trigger) {
        return all.stream().filter(r -> r.appliesTo(code, trigger)).findFirst().orElse(null);
    }
}
