package cn.dangjian.calendar;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 生成年度计划: one planned event per duty period per branch, from the duty rules and the meeting habits.
 * Idempotent: a period counts as planned when an event was generated for it (whatever became of it since)
 * or any event of its type, not cancelled, starts within it. One transaction per branch (decision 0019).
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
public class PlanService {

    /** How far ahead a plan may be generated. */
    static final int MAX_YEARS_AHEAD = 2;

    private final PlanRepository plans;
    private final CalendarEventRepository events;
    private final ExpectedAttendanceWriter attendance;
    private final EventTypeRepository typeRepository;
    private final EventTypeService types;
    private final CalendarParties parties;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    PlanService(
            PlanRepository plans,
            CalendarEventRepository events,
            ExpectedAttendanceWriter attendance,
            EventTypeRepository typeRepository,
            EventTypeService types,
            CalendarParties parties,
            OrganizationDirectory organization,
            CurrentUser currentUser,
            AuditService audit,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.plans = plans;
        this.events = events;
        this.attendance = attendance;
        this.typeRepository = typeRepository;
        this.types = types;
        this.parties = parties;
        this.organization = organization;
        this.currentUser = currentUser;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Generates the year's plan for one branch, or for every branch when branchId is null (administrator). */
    public PlanResult generate(int year, @Nullable Long branchId) {
        int thisYear = LocalDate.now(clock).getYear();
        if (year < thisYear || year > thisYear + MAX_YEARS_AHEAD) {
            throw new BusinessException("calendar.plan.year", thisYear, thisYear + MAX_YEARS_AHEAD);
        }
        List<BranchRef> scope;
        if (branchId == null) {
            if (!currentUser.require().isAdmin()) {
                throw new AccessDeniedException("all branches");
            }
            scope = organization.branches();
        } else {
            currentUser.requireCanEditBranch(branchId);
            scope = organization.branches().stream()
                    .filter(b -> b.id().equals(branchId))
                    .toList();
            if (scope.isEmpty()) {
                throw new NotFoundException();
            }
        }
        Inputs inputs = tx.execute(s -> inputs(year, LocalDate.now(clock)));
        PlanResult total = new PlanResult(0, 0);
        for (BranchRef branch : scope) {
            total = total.plus(tx.execute(s -> generateBranch(branch, year, inputs)));
        }
        return total;
    }

    /** What every branch's generation shares: duties by kind, habits, holidays, types. */
    private record Inputs(
            List<DutySpec> serving,
            List<DutySpec> retiree,
            Map<String, PlanDates.Habit> habits,
            Map<LocalDate, Boolean> holidays,
            Map<Long, EventType> types,
            LocalDate today) {}

    private Inputs inputs(int year, LocalDate today) {
        Map<String, PlanDates.Habit> habits = new HashMap<>();
        for (MeetingHabit h : plans.habits()) {
            habits.put(h.getBranchId() + ":" + h.getEventTypeId(), h.rule());
        }
        Map<LocalDate, Boolean> holidays = new HashMap<>();
        for (Holiday h : plans.holidays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            holidays.put(h.getDay(), h.isWorkingDay());
        }
        Map<Long, EventType> byId = new HashMap<>();
        typeRepository.findAll().forEach(t -> byId.put(t.getId(), t));
        return new Inputs(types.specs(true), types.specs(false), habits, holidays, byId, today);
    }

    private PlanResult generateBranch(BranchRef branch, int year, Inputs in) {
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
            if (r[2] != EventStatus.CANCELLED) {
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
                PlanDates.Habit habit = habitOf(branch.id(), spec.typeId(), in);
                PlanDates.place(item, habit, in.holidays())
                        .filter(day -> day.isAfter(in.today()))
                        .ifPresent(
                                day -> created.add(event(branch.id(), in.types().get(spec.typeId()), key, day, habit)));
            }
        }
        if (!created.isEmpty()) {
            events.saveAllAndFlush(created);
            attendance.insert(
                    created.stream().map(CalendarEvent::getId).toList(),
                    List.copyOf(parties.expectedMembers(branch.id(), null, Audience.BRANCH, List.of())));
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

    private PlanDates.Habit habitOf(long branchId, long typeId, Inputs in) {
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
