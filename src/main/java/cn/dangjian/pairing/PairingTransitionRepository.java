package cn.dangjian.pairing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PairingTransitionRepository extends JpaRepository<PairingTransition, Long> {

    @Query("select t from PairingTransition t where t.pairingId = :pairingId order by t.happenedAt, t.id")
    List<PairingTransition> findByPairing(Long pairingId);
}
