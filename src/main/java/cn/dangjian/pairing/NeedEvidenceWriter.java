package cn.dangjian.pairing;

import cn.dangjian.security.Actors;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence a closed need leaves on the pairing or alliance it was addressed to (kind NEED_CLOSED, one per need),
 * so that the three lists count toward goals and health like any other record. It is linked to the first goal of
 * the need's dimension not yet met. Called by the lists' service inside its transaction, after its own checks.
 */
@Component
public class NeedEvidenceWriter {

    private final EntityManager em;

    NeedEvidenceWriter(EntityManager em) {
        this.em = em;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordNeedClosed(
            long pairingId, long needId, String title, LocalDate closedOn, @Nullable GoalDimension dimension) {
        int inserted = em.createNativeQuery("""
                        insert into pairing_evidence
                          (pairing_id, kind, title, happened_on, need_id, version, created_by, created_date)
                        values (:pairing, 'NEED_CLOSED', :title, :on, :need, 0, :by, now(6))
                        on duplicate key update need_id = need_id""")
                .setParameter("pairing", pairingId)
                .setParameter("title", title.length() > 200 ? title.substring(0, 200) : title)
                .setParameter("on", closedOn)
                .setParameter("need", needId)
                .setParameter("by", Actors.current())
                .executeUpdate();
        if (inserted == 0 || dimension == null) {
            return;
        }
        List<?> goal = em.createNativeQuery("""
                        select id from pairing_goal where pairing_id = :pairing and dimension = :dim
                          and met_date is null order by position, id limit 1""")
                .setParameter("pairing", pairingId)
                .setParameter("dim", dimension.name())
                .getResultList();
        if (!goal.isEmpty()) {
            em.createNativeQuery("""
                            insert into pairing_evidence_goal (evidence_id, goal_id)
                            select id, :goal from pairing_evidence where need_id = :need""")
                    .setParameter("goal", ((Number) goal.getFirst()).longValue())
                    .setParameter("need", needId)
                    .executeUpdate();
        }
    }
}
