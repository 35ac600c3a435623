package cn.dangjian.calendar;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final BranchPlanner planner;
    private final EventTypeRepository typeRepository;
    private final EventTypeService types;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final TransactionTemplate tx;
    private final Clock clock;

    PlanService(
            PlanRepository plans,
            BranchPlanner planner,
            EventTypeRepository typeRepository,
            EventTypeService types,
            OrganizationDirectory organization,
            CurrentUser currentUser,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.plans = plans;
        this.planner = planner;
        this.typeRepository = typeRepository;
        this.types = types;
        this.organization = organization;
        this.currentUser = currentUser;
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
            scope = organization.branches().stream().filter(b -> !b.dissolved()).toList();
        } else {
            currentUser.requireCanEditBranch(branchId);
            scope = organization.branches().stream()
                    .filter(b -> b.id().equals(branchId))
                    .toList();
            if (scope.isEmpty()) {
                throw new NotFoundException();
            }
            if (scope.getFirst().dissolved()) {
                throw new BusinessException(
                        "calendar.plan.dissolved", scope.getFirst().name());
            }
        }
        PlanInputs inputs = tx.execute(s -> inputs(year, LocalDate.now(clock)));
        PlanResult total = new PlanResult(0, 0);
        for (BranchRef branch : scope) {
            total = total.plus(tx.execute(s -> planner.generate(branch, year, inputs)));
        }
        return total;
    }

    /**
     * A new branch's plan, from the lifecycle listener inside the creating transaction (decision 0020): this year
     * from today (and its founding) on, and next year too when the hospital's plan for it was already generated.
     * No access rule of its own: only the listener calls it, after the organisation's own check.
     */
    @PreAuthorize("permitAll()")
    PlanResult planNewBranch(long branchId) {
        BranchRef branch = organization.branches().stream()
                .filter(b -> b.id() == branchId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        LocalDate today = LocalDate.now(clock);
        PlanResult result = planner.generate(branch, today.getYear(), inputs(today.getYear(), today));
        int next = today.getYear() + 1;
        if (plans.anyPlanned("_" + next + "%")) {
            result = result.plus(planner.generate(branch, next, inputs(next, today)));
        }
        return result;
    }

    private PlanInputs inputs(int year, LocalDate today) {
        Map<String, PlanDates.Habit> habits = new HashMap<>();
        for (MeetingHabit h : plans.habits()) {
            habits.put(h.getBranchId() + ":" + h.getEventTypeId(), h.rule());
        }
        Map<LocalDate, Boolean> holidays = new HashMap<>();
        // The election may fall in the year before its term ends: the holidays of both years.
        for (Holiday h : plans.holidays(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31))) {
            holidays.put(h.getDay(), h.isWorkingDay());
        }
        Map<Long, EventType> byId = new HashMap<>();
        typeRepository.findAll().forEach(t -> byId.put(t.getId(), t));
        return new PlanInputs(
                types.specs(true), types.specs(false), habits, holidays, byId, organization.committeeTermEnds(), today);
    }
}
