package cn.dangjian.pairing.lists;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Who is a party to which pairing or alliance, read in SQL over the pairing tables (the two sides of a pairing,
 * the lead branch and current parties of an alliance), and the names the lists show for pairings and units.
 */
@Component
class PartyLookup {

    /** (pairing_id, branch_id) of every internal party; parties that left before :today are out. */
    static final String BRANCH_PARTIES = """
            select id as pairing_id, branch_id from pairing
            union select id, partner_branch_id from pairing where partner_branch_id is not null
            union select pairing_id, branch_id from pairing_party
              where branch_id is not null and (left_on is null or left_on >= :today)""";

    private static final String UNIT_PARTIES = """
            select id as pairing_id, external_unit_id as unit_id from pairing where external_unit_id is not null
            union select pairing_id, external_unit_id from pairing_party
              where external_unit_id is not null and (left_on is null or left_on >= :today)""";

    private final EntityManager em;

    PartyLookup(EntityManager em) {
        this.em = em;
    }

    /** Live pairings and alliances the branch is a party to: those its needs may be addressed to, or it sees. */
    List<Long> pairingsOfBranch(long branchId, LocalDate today, boolean liveOnly) {
        return ids(em.createNativeQuery("select x.pairing_id from (" + BRANCH_PARTIES + ") x join pairing p on p.id ="
                        + " x.pairing_id where x.branch_id = :b"
                        + (liveOnly ? " and p.status in ('ACTIVE', 'UNDER_REVIEW', 'RENEWED')" : ""))
                .setParameter("today", today)
                .setParameter("b", branchId)
                .getResultList());
    }

    List<Long> pairingsOfUnit(long unitId, LocalDate today) {
        return ids(em.createNativeQuery("select x.pairing_id from (" + UNIT_PARTIES + ") x join pairing p on p.id ="
                        + " x.pairing_id where x.unit_id = :u and p.status in ('ACTIVE', 'UNDER_REVIEW', 'RENEWED')")
                .setParameter("today", today)
                .setParameter("u", unitId)
                .getResultList());
    }

    /** The alliance's name or the pairing's agreement title, by id. */
    Map<Long, String> pairingLabels(Collection<Long> ids) {
        return labels("select id, coalesce(alliance_name, agreement_title) from pairing where id in (:ids)", ids);
    }

    Map<Long, String> unitNames(Collection<Long> ids) {
        return labels("select id, name from pairing_external_unit where id in (:ids)", ids);
    }

    /** Every external unit, for the office raising a need on a unit's behalf. */
    Map<Long, String> allUnits() {
        Map<Long, String> result = new LinkedHashMap<>();
        for (Object o : em.createNativeQuery("select id, name from pairing_external_unit order by name")
                .getResultList()) {
            Object[] r = (Object[]) o;
            result.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return result;
    }

    private Map<Long, String> labels(String sql, Collection<Long> ids) {
        Map<Long, String> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        for (Object o : em.createNativeQuery(sql).setParameter("ids", ids).getResultList()) {
            Object[] r = (Object[]) o;
            result.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return result;
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(r -> ((Number) r).longValue()).distinct().toList();
    }
}
