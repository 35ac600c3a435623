package cn.dangjian.calendar;

import cn.dangjian.common.NotFoundException;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar's figures for the dashboards, read in aggregate: the overdue duties of the viewer's scope (for
 * leaders too, who have no reminders) and a branch's attendance per held meeting.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ComplianceFigures {

    private final ComplianceService compliance;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final EntityManager em;

    ComplianceFigures(
            ComplianceService compliance,
            OrganizationDirectory organization,
            CurrentUser currentUser,
            EntityManager em) {
        this.compliance = compliance;
        this.organization = organization;
        this.currentUser = currentUser;
        this.em = em;
    }

    /** One held meeting with how many of those listed for it were present. */
    public record MeetingAttendance(long eventId, String title, LocalDate heldDate, int present, int listed) {

        /** Percentage present of those listed, or -1 when nobody was listed. */
        public int percent() {
            return listed == 0 ? -1 : (int) Math.round(100.0 * present / listed);
        }
    }

    /** The year's overdue duties of every branch the viewer may see, oldest due date first. */
    @Transactional(readOnly = true)
    public List<Reminder> overdue(int year) {
        Long scope = currentUser.branchScope().orElse(null);
        List<BranchRef> branches = organization.branches().stream()
                .filter(b -> scope == null || b.id().equals(scope))
                .toList();
        Map<Long, List<DueItem>> items = compliance.evaluate(year, branches);
        List<Reminder> result = new ArrayList<>();
        for (BranchRef b : branches) {
            for (DueItem it : items.getOrDefault(b.id(), List.of())) {
                if (it.state() == DueState.OVERDUE) {
                    result.add(new Reminder(b.id(), b.name(), it, true, null, null));
                }
            }
        }
        result.sort(Comparator.comparing((Reminder r) -> r.item().dueDate()).thenComparing(Reminder::branchName));
        return result;
    }

    /** The branch's held meetings of the year that had a list of attendees, in date order: one grouped query. */
    @Transactional(readOnly = true)
    public List<MeetingAttendance> attendance(long branchId, int year) {
        currentUser.requireCanReadBranch(branchId);
        if (organization.branches().stream().noneMatch(b -> b.id() == branchId)) {
            throw new NotFoundException();
        }
        List<?> rows = em.createNativeQuery("""
                        select e.id, e.title, e.held_date, sum(case when a.status = 'PRESENT' then 1 else 0 end),
                          count(*)
                        from cal_event e join cal_attendance a on a.event_id = e.id
                        where e.branch_id = ?1 and e.status = 'HELD' and e.held_date between ?2 and ?3
                        group by e.id, e.title, e.held_date
                        order by e.held_date, e.id""")
                .setParameter(1, branchId)
                .setParameter(2, LocalDate.of(year, 1, 1))
                .setParameter(3, LocalDate.of(year, 12, 31))
                .getResultList();
        List<MeetingAttendance> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            result.add(new MeetingAttendance(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    r[2] instanceof Date d ? d.toLocalDate() : (LocalDate) r[2],
                    ((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue()));
        }
        return result;
    }
}
