package cn.dangjian.calendar;

import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one place compliance numbers come from: heatmap, branch page and reminders all read it. */
@Service
@PreAuthorize("isAuthenticated()")
public class ComplianceService {

    static final int REMINDER_DAYS = 14;

    private final CalendarEventRepository events;
    private final EventTypeService types;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;

    ComplianceService(
            CalendarEventRepository events,
            EventTypeService types,
            OrganizationDirectory organization,
            CurrentUser currentUser,
            EntityManager em,
            Clock clock) {
        this.events = events;
        this.types = types;
        this.organization = organization;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
    }

    /** Every visible branch × month of the year. */
    @Transactional(readOnly = true)
    public List<BranchCompliance> heatmap(int year) {
        Map<Long, List<DueItem>> items = evaluate(year, visibleBranches());
        List<BranchCompliance> rows = new ArrayList<>();
        for (BranchRef b : visibleBranches()) {
            MonthCell[] months = ComplianceRules.byMonth(items.getOrDefault(b.id(), List.of()));
            MonthCell total = new MonthCell(0, 0, 0, 0, 0, 0);
            for (MonthCell c : months) {
                total = total.plus(c);
            }
            rows.add(new BranchCompliance(b.id(), b.code(), b.name(), b.kind(), months, total));
        }
        return rows;
    }

    /** One branch's due items of the year with their outcome: its annual timetable. */
    @Transactional(readOnly = true)
    public List<DueItem> branchItems(long branchId, int year) {
        currentUser.requireCanReadBranch(branchId);
        BranchRef branch = organization.branches().stream()
                .filter(b -> b.id() == branchId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        return evaluate(year, List.of(branch)).getOrDefault(branchId, List.of());
    }

    /** What is due in the next 14 days and what is overdue this year (and last year's, early in the year). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public List<Reminder> reminders() {
        LocalDate today = LocalDate.now(clock);
        List<BranchRef> scope = visibleBranches();
        Map<Long, BranchRef> byId = new HashMap<>();
        scope.forEach(b -> byId.put(b.id(), b));
        Map<Long, List<DueItem>> items = new HashMap<>(evaluate(today.getYear(), scope));
        if (today.getMonthValue() <= 3 || today.plusDays(REMINDER_DAYS).getYear() > today.getYear()) {
            int other = today.getMonthValue() <= 3 ? today.getYear() - 1 : today.getYear() + 1;
            evaluate(other, scope)
                    .forEach((k, v) -> items.merge(k, v, (a, b) -> {
                        List<DueItem> all = new ArrayList<>(a);
                        all.addAll(b);
                        return all;
                    }));
        }
        Map<String, List<ComplianceRules.Planned>> planned =
                plannedByBranchAndType(today.minusYears(1).withDayOfYear(1), today.plusDays(REMINDER_DAYS + 31));
        List<Reminder> result = new ArrayList<>();
        items.forEach((branchId, list) -> {
            for (DueItem it : list) {
                boolean overdue = it.state() == DueState.OVERDUE;
                boolean soon = it.state() == DueState.PENDING && !it.dueDate().isAfter(today.plusDays(REMINDER_DAYS));
                if (overdue || soon) {
                    ComplianceRules.Planned p = ComplianceRules.plannedFor(
                            it, planned.getOrDefault(branchId + ":" + it.typeId(), List.of()));
                    result.add(new Reminder(
                            branchId,
                            byId.get(branchId).name(),
                            it,
                            overdue,
                            p == null ? null : p.eventId(),
                            p == null ? null : p.date()));
                }
            }
        });
        result.addAll(termEndReminders(byId, today));
        result.sort(Comparator.comparing((Reminder r) -> !r.overdue())
                .thenComparing(r -> r.item().dueDate())
                .thenComparing(Reminder::branchName));
        return result;
    }

    /** 换届: a reminder per visible branch whose committee term ends within 90 days or has ended. */
    private List<Reminder> termEndReminders(Map<Long, BranchRef> scope, LocalDate today) {
        List<Reminder> result = new ArrayList<>();
        Map<Long, LocalDate> ends = organization.committeeTermEnds();
        ends.keySet().removeIf(id -> !scope.containsKey(id));
        if (ends.isEmpty()) {
            return result;
        }
        Object[] type = em.createQuery("select t.id, t.code from EventType t where t.code = :code", Object[].class)
                .setParameter("code", EventTypeCodes.GENERAL_MEETING)
                .getSingleResult();
        Map<Long, ComplianceRules.Planned> elections = new HashMap<>();
        em.createQuery("""
                select e.id, e.branchId, e.startAt from CalendarEvent e
                where e.status = cn.dangjian.calendar.EventStatus.PLANNED and e.eventType.id = :type
                  and (e.planPeriod like 'E%' or e.title like '%选举%') order by e.startAt""", Object[].class)
                .setParameter("type", type[0])
                .getResultList()
                .forEach(r -> elections.putIfAbsent(
                        (Long) r[1], new ComplianceRules.Planned((Long) r[0], ((LocalDateTime) r[2]).toLocalDate())));
        ends.forEach((branchId, end) -> TermEnds.reminder(
                        branchId,
                        scope.get(branchId).name(),
                        end,
                        today,
                        (Long) type[0],
                        (String) type[1],
                        elections.get(branchId))
                .ifPresent(result::add));
        return result;
    }

    /** Planned events keyed by branch and type, earliest first. */
    private Map<String, List<ComplianceRules.Planned>> plannedByBranchAndType(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("""
                select e.id, e.branchId, e.eventType.id, e.startAt from CalendarEvent e
                where e.status = cn.dangjian.calendar.EventStatus.PLANNED and e.startAt between :from and :to
                order by e.startAt""", Object[].class)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.atStartOfDay())
                .getResultList();
        rows = new ArrayList<>(rows);
        rows.addAll(events.findPlannedForPartners(from.atStartOfDay(), to.atStartOfDay(), JointDuties.CODES));
        rows.sort(Comparator.comparing(r -> (LocalDateTime) r[3]));
        Map<String, List<ComplianceRules.Planned>> result = new HashMap<>();
        for (Object[] r : rows) {
            result.computeIfAbsent(r[1] + ":" + r[2], k -> new ArrayList<>())
                    .add(new ComplianceRules.Planned((Long) r[0], ((LocalDateTime) r[3]).toLocalDate()));
        }
        return result;
    }

    private List<BranchRef> visibleBranches() {
        Long scope = currentUser.branchScope().orElse(null);
        // A dissolved branch owes nothing more: it leaves the heatmap, totals and reminders (decision 0020).
        return organization.branches().stream()
                .filter(b -> !b.dissolved() && (scope == null || b.id().equals(scope)))
                .sorted(Comparator.comparing(BranchRef::code))
                .toList();
    }

    /**
     * The evaluation behind every number: rules × branches against held events, two queries in all.
     * No access rule of its own: only this package's classes call it, after their own checks.
     */
    @PreAuthorize("permitAll()")
    Map<Long, List<DueItem>> evaluate(int year, List<BranchRef> scope) {
        LocalDate today = LocalDate.now(clock);
        List<DutySpec> serving = types.specs(true);
        List<DutySpec> retiree = types.specs(false);
        Map<Long, List<ComplianceRules.Held>> held = new HashMap<>();
        List<Object[]> rows =
                new ArrayList<>(events.findHeldWithBranch(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        rows.addAll(
                events.findHeldForPartners(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), JointDuties.CODES));
        for (Object[] row : rows) {
            held.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new ComplianceRules.Held((Long) row[1], (Long) row[2], (LocalDate) row[3]));
        }
        Map<Long, Map<Long, List<ComplianceRules.Planned>>> planned = new HashMap<>();
        plannedByBranchAndType(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .forEach((key, list) -> {
                    String[] k = key.split(":");
                    planned.computeIfAbsent(Long.valueOf(k[0]), x -> new HashMap<>())
                            .put(Long.valueOf(k[1]), list);
                });
        Map<Long, List<DueItem>> result = new HashMap<>();
        for (BranchRef b : scope) {
            List<DueItem> items = ComplianceRules.evaluate(
                    b.kind().isServing() ? serving : retiree,
                    held.getOrDefault(b.id(), List.of()),
                    year,
                    today,
                    b.foundedOn());
            result.put(b.id(), ComplianceRules.withPlans(items, planned.getOrDefault(b.id(), Map.of())));
        }
        return result;
    }
}
