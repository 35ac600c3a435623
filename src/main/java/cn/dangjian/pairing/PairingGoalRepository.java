package cn.dangjian.pairing;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PairingGoalRepository extends JpaRepository<PairingGoal, Long> {

    @Query("select g from PairingGoal g where g.pairing.id in :pairingIds order by g.position, g.id")
    List<PairingGoal> findByPairingIds(Collection<Long> pairingIds);

    /** [goalId, linked evidence count] for the goals of these pairings. */
    @Query(value = """
            select eg.goal_id, count(*) from pairing_evidence_goal eg join pairing_goal g on g.id = eg.goal_id
            where g.pairing_id in (:pairingIds) group by eg.goal_id""", nativeQuery = true)
    List<Object[]> countEvidenceByGoal(Collection<Long> pairingIds);
}
