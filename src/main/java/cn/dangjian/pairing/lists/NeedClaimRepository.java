package cn.dangjian.pairing.lists;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NeedClaimRepository extends JpaRepository<NeedClaim, Long> {

    @Query("select c from NeedClaim c where c.needId in :needIds order by c.claimedOn, c.id")
    List<NeedClaim> findByNeeds(Collection<Long> needIds);
}
