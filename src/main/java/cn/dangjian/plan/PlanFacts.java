package cn.dangjian.plan;

import cn.dangjian.common.contracts.ExtraReminders;
import cn.dangjian.common.contracts.FollowUpFacts;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up as other features read it: per-branch facts for the assessment and dashboards, and open
 * assignments for the calendar's reminders (the owner's to report, the office's to review).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PlanFacts implements FollowUpFacts, ExtraReminders {

    private final AssignmentRepository assignments;
    private final AssignmentService assignmentService;
    private final BrandRepository brands;
    private final BrandService brandService;
    private final CurrentUser currentUser;
    private final Clock clock;

    PlanFacts(
            AssignmentRepository assignments,
            AssignmentService assignmentService,
            BrandRepository brands,
            BrandService brandService,
            CurrentUser currentUser,
            Clock clock) {
        this.currentUser = currentUser;
        this.assignments = assignments;
        this.assignmentService = assignmentService;
        this.brands = brands;
        this.brandService = brandService;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Assignments> assignments(int year) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, int[]> counts = new HashMap<>();
        for (Assignment a : assignments.findByYear(year, true, -1)) {
            if (a.getBranchId() == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(a.getBranchId(), k -> new int[4]);
            c[0]++;
            if (a.getState() == AssignmentState.ACCEPTED) {
                c[1]++;
                LocalDate reported = a.getReportedOn();
                if (reported != null && !reported.isAfter(a.task().dueDate())) {
                    c[2]++;
                }
            }
            if (AssignmentRows.overdue(a, today)) {
                c[3]++;
            }
        }
        Map<Long, Assignments> facts = new HashMap<>();
        counts.forEach((branch, c) -> facts.put(branch, new Assignments(c[0], c[1], c[2], c[3])));
        return facts;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Integer> brandMonthsWithResults(int year) {
        List<Brand> approved = brands.findByYear(year).stream()
                .filter(b -> b.getState() == BrandState.APPROVED)
                .toList();
        Map<Long, Integer> perBrand = brandService.monthsWithEvidence(approved);
        Map<Long, Integer> facts = new HashMap<>();
        approved.forEach(b -> {
            Integer months = perBrand.get(b.getId());
            if (months != null) {
                facts.put(b.getBranchId(), months);
            }
        });
        return facts;
    }

    /**
     * A secretary's open assignments due within {@code days} or overdue (not those waiting for the office);
     * for the office, its own and every overdue one, and the reports waiting for its review.
     */
    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "', '" + Roles.LEADER + "')")
    public List<Item> reminders(int days) {
        LocalDate horizon = LocalDate.now(clock).plusDays(days);
        List<Item> items = new ArrayList<>();
        int year = LocalDate.now(clock).getYear();
        boolean admin = currentUser.require().isAdmin();
        for (int y : new int[] {year - 1, year}) {
            for (AssignmentRow r : assignmentService.assignments(y)) {
                boolean waitingForOwner = r.state().isOpen() && r.state() != AssignmentState.REPORTED;
                boolean due = r.overdue() || !r.dueDate().isAfter(horizon);
                boolean toReview = admin && r.state() == AssignmentState.REPORTED;
                if (waitingForOwner && due || toReview) {
                    String owner = Objects.requireNonNullElse(r.branchName(), "");
                    items.add(new Item(owner, r.taskTitle(), r.dueDate(), r.overdue(), toReview));
                }
            }
        }
        items.sort(Comparator.comparing(Item::overdue).reversed().thenComparing(Item::dueDate));
        return items;
    }
}
