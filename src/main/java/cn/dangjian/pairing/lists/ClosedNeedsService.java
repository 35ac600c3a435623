package cn.dangjian.pairing.lists;

import cn.dangjian.common.contracts.ClosedNeeds;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Closed needs for the plan's brand projects; the plan checks who may link or read them. */
@Service
@PreAuthorize("permitAll()")
class ClosedNeedsService implements ClosedNeeds {

    private static final String COLUMNS =
            "select n.id, n.title, n.closed_on, n.status, n.pairing_id from pairing_need n ";

    private final EntityManager em;

    ClosedNeedsService(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClosedNeed> of(long branchId, LocalDate from, LocalDate to) {
        return rows(em.createNativeQuery(COLUMNS + """
                         where n.status in ('DONE', 'RATED') and n.closed_on between :from and :to
                         and (n.raised_by_branch_id = :b
                              or exists (select 1 from pairing_need_claim c where c.need_id = n.id and c.branch_id = :b))
                         order by n.closed_on desc, n.id desc""")
                .setParameter("b", branchId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClosedNeed> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return rows(em.createNativeQuery(COLUMNS + "where n.status in ('DONE', 'RATED') and n.id in (:ids)"
                        + " order by n.closed_on desc, n.id desc")
                .setParameter("ids", ids)
                .getResultList());
    }

    private static List<ClosedNeed> rows(List<?> result) {
        return result.stream()
                .map(o -> (Object[]) o)
                .map(r -> new ClosedNeed(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        r[2] instanceof Date d ? d.toLocalDate() : (LocalDate) r[2],
                        NeedStatus.RATED.name().equals(r[3]),
                        r[4] == null ? null : ((Number) r[4]).longValue()))
                .toList();
    }
}
