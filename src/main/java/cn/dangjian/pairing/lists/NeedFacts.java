package cn.dangjian.pairing.lists;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The needs every branch received or claimed, read in two queries: the input of service records and facts. */
@Component
class NeedFacts {

    private final EntityManager em;

    NeedFacts(EntityManager em) {
        this.em = em;
    }

    /** Branch id → (need id → the need as seen from that branch). */
    Map<Long, Map<Long, ServiceRecordRule.NeedFact>> byBranch(LocalDate today) {
        Map<Long, Map<Long, ServiceRecordRule.NeedFact>> result = new HashMap<>();
        for (Object o : em.createNativeQuery("select distinct x.branch_id, n.id, n.raised_on from pairing_need n join ("
                        + PartyLookup.BRANCH_PARTIES + ") x on x.pairing_id = n.pairing_id"
                        + " where n.raised_by_branch_id is null or n.raised_by_branch_id <> x.branch_id")
                .setParameter("today", today)
                .getResultList()) {
            Object[] r = (Object[]) o;
            long need = ((Number) r[1]).longValue();
            result.computeIfAbsent(((Number) r[0]).longValue(), k -> new LinkedHashMap<>())
                    .put(need, new ServiceRecordRule.NeedFact(need, date(r[2]), null, null, null));
        }
        for (Object o : em.createNativeQuery("""
                        select c.branch_id, n.id, n.raised_on, c.claimed_on, n.closed_on, n.rating
                        from pairing_need_claim c join pairing_need n on n.id = c.need_id""").getResultList()) {
            Object[] r = (Object[]) o;
            long need = ((Number) r[1]).longValue();
            result.computeIfAbsent(((Number) r[0]).longValue(), k -> new LinkedHashMap<>())
                    .put(
                            need,
                            new ServiceRecordRule.NeedFact(
                                    need,
                                    date(r[2]),
                                    date(r[3]),
                                    r[4] == null ? null : date(r[4]),
                                    r[5] == null ? null : NeedRating.valueOf((String) r[5])));
        }
        return result;
    }

    /** Branch id → [held joint events, people served] on pairings and alliances it is a party to, in the year. */
    Map<Long, int[]> jointEvents(int year, LocalDate today) {
        Map<Long, int[]> result = new HashMap<>();
        for (Object o : em.createNativeQuery("select x.branch_id, count(distinct e.calendar_event_id),"
                        + " coalesce(sum(e.people_served), 0) from pairing_evidence e join ("
                        + PartyLookup.BRANCH_PARTIES + ") x on x.pairing_id = e.pairing_id"
                        + " where e.kind = 'JOINT_ACTIVITY' and e.calendar_event_id is not null"
                        + " and e.happened_on between :from and :to group by x.branch_id")
                .setParameter("today", today)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList()) {
            Object[] r = (Object[]) o;
            result.put(((Number) r[0]).longValue(), new int[] {((Number) r[1]).intValue(), ((Number) r[2]).intValue()});
        }
        return result;
    }

    private static LocalDate date(@Nullable Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
