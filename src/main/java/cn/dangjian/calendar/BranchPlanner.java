package cn.dangjian.calendar;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.MemberRef;
import cn.dangjian.organization.OrganizationDirectory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * One branch's year, inside the caller's transaction and after its access checks (decision 0019): the planned
 * events its owed, not yet planned duty periods need, and the election meeting before its committee's term ends
 * (decision 0020).
 */
@Component
class BranchPlanner {

    /** The election meeting's title: event titles are data in the hospital's language, as generated titles. */
    static final String ELECTION_TITLE = "党员大会（换届选举）";

    private final PlanRepository plans;
    private final CalendarEventRepository events;
    private final ExpectedAttendanceWriter attendance;
    private final OrganizationDirectory organization;
    private final AuditService audit;

    BranchPlanner(
            PlanRepository plans,
            CalendarEventRepository events,
            ExpectedAttendanceWriter attendance,
            OrganizationDirectory organization,
            AuditService audit) {
        this.plans = plans;
        this.events = events;
        this.attendance = attendance;
        this.organization = organization;
        this.audit = audit;
    }

    PlanResult generate(BranchRef branch, int year, PlanInputs in) {
        Set<String> planned = new HashSet<>();
        Map<Long, List<LocalDate>> live = new HashMap<>();
        for (Object[] r : plans.eventsOfYear(
                branch.id(),
                LocalDate.of(year, 1, 1).atStartOfDay(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay(),
                "_" + year + "%")) {
            if (r[3] != null) {
                planned.add(r[0] + ":" + r[3]);
            }
            // An election meeting is planned besides the quarter's 党员大会, never instead of it.
            if (r[2] != EventStatus.CANCELLED && !(r[3] instanceof String period && period.startsWith("E"))) {
                live.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(((LocalDateTime) r[1]).toLocalDate());
            }
        }
        List<CalendarEvent> created = new ArrayList<>();
        int existing = 0;
        for (DutySpec spec : branch.kind().isServing() ? in.serving() : in.retiree()) {
            for (DueItem item : ComplianceRules.schedule(spec, year)) {
                String key = PlanDates.periodKey(item);
                boolean fulfilled = planned.contains(spec.typeId() + ":" + key)
                        || live.getOrDefault(spec.typeId(), List.of()).stream()
                                .anyMatch(d -> !d.isBefore(item.periodStart()) && !d.isAfter(item.periodEnd()));
                if (fulfilled) {
                    existing++;
                    continue;
                }
                if (!ComplianceRules.owed(item, branch.foundedOn())) {
                    continue;
                }
                PlanDates.Habit habit = habitOf(branch.id(), spec.typeId(), in);
                PlanDates.placeAfter(item, habit, in.holidays(), in.today())
                        .ifPresent(
                                day -> created.add(event(branch.id(), in.types().get(spec.typeId()), key, day, habit)));
            }
        }
        Optional<CalendarEvent> election = election(branch, year, in);
        if (election.isPresent() && election.get().getId() == null) {
            created.add(election.get());
        } else if (election.isPresent()) {
            existing++;
        }
        if (!created.isEmpty()) {
            events.saveAllAndFlush(created);
            attendance.insert(
                    created.stream().map(CalendarEvent::getId).toList(),
                    // The branch's members; none yet for a branch created a moment ago.
                    organization.membersOfBranch(branch.id()).stream()
                            .map(MemberRef::id)
                            .toList());
            audit.record(
                    "CalendarPlan",
                    branch.id(),
                    "GENERATE",
                    branch.name() + " " + year,
                    Map.of(),
                    Map.of("year", year, "created", created.size(), "existing", existing));
        }
        return new PlanResult(created.size(), existing);
    }

    /**
     * The 党员大会 (换届选举) 90 days before the committee's term ends, when that day falls in the year and is still
     * ahead: a new (unsaved) event, or the one generated before. Keyed by the term's end, so it is generated once per
     * term and never touched again, whatever became of it.
     */
    private Optional<CalendarEvent> election(BranchRef branch, int year, PlanInputs in) {
        LocalDate end = in.termEnds().get(branch.id());
        EventType type = in.types().values().stream()
                .filter(t -> EventTypeCodes.GENERAL_MEETING.equals(t.getCode()))
                .findFirst()
                .orElse(null);
        if (end == null || type == null) {
            return Optional.empty();
        }
        String key = TermEnds.periodKey(end);
        return TermEnds.electionDay(end, in.holidays())
                .filter(day -> day.getYear() == year && day.isAfter(in.today()))
                .map(day -> {
                    Optional<CalendarEvent> earlier = plans.findPeriod(branch.id(), type.getId(), key);
                    if (earlier.isPresent()) {
                        return earlier.get();
                    }
                    PlanDates.Habit habit = habitOf(branch.id(), type.getId(), in);
                    CalendarEvent e = event(branch.id(), type, key, day, habit);
                    e.setTitle(ELECTION_TITLE);
                    return e;
                });
    }

    private PlanDates.Habit habitOf(long branchId, long typeId, PlanInputs in) {
        PlanDates.Habit own = in.habits().get(branchId + ":" + typeId);
        if (own != null) {
            return own;
        }
        PlanDates.Habit hospital = in.habits().get("null:" + typeId);
        if (hospital != null) {
            return hospital;
        }
        EventType type = in.types().get(typeId);
        return new PlanDates.Habit(
                null, null, null, null, LocalTime.of(16, 0), (int) (type.getDefaultHours() * 60), null);
    }

    private static CalendarEvent event(long branchId, EventType type, String key, LocalDate day, PlanDates.Habit h) {
        CalendarEvent e = new CalendarEvent();
        e.setBranchId(branchId);
        e.setEventType(type);
        e.setTitle(type.getNameZh());
        e.setStartAt(day.atTime(h.start()));
        e.setEndAt(day.atTime(h.start()).plusMinutes(Math.max(15, h.minutes())));
        e.setPlace(h.place());
        e.setAudience(Audience.BRANCH);
        e.setPlanPeriod(key);
        return e;
    }
}
