package cn.dangjian.organization;

import cn.dangjian.security.CurrentUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members in aggregate for the dashboards, in the viewer's scope (a secretary's own branch). */
@Service
@PreAuthorize("isAuthenticated()")
public class MemberFigures {

    private final EntityManager em;
    private final CurrentUser currentUser;

    MemberFigures(EntityManager em, CurrentUser currentUser) {
        this.em = em;
        this.currentUser = currentUser;
    }

    /**
     * Probationary members by the month their year of probation ends (joined date + 1 year), when the branch
     * should decide their conversion to full membership: one grouped query. A month already past means a
     * decision is late.
     */
    @Transactional(readOnly = true)
    public Map<YearMonth, Long> conversionsDue() {
        Long scope = currentUser.branchScope().orElse(null);
        TypedQuery<Object[]> q = em.createQuery(
                "select year(m.joinedDate), month(m.joinedDate), count(m) from Member m"
                        + " where m.status = cn.dangjian.organization.MemberStatus.PROBATIONARY"
                        + (scope == null ? "" : " and m.branch.id = :scope")
                        + " group by year(m.joinedDate), month(m.joinedDate)",
                Object[].class);
        if (scope != null) {
            q.setParameter("scope", scope);
        }
        Map<YearMonth, Long> result = new TreeMap<>();
        for (Object[] r : q.getResultList()) {
            YearMonth due = YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue())
                    .plusYears(1);
            result.merge(due, ((Number) r[2]).longValue(), Long::sum);
        }
        return result;
    }
}
