package cn.dangjian.pairing;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PairingPartyRepository extends JpaRepository<PairingParty, Long> {

    @Query("""
            select p from PairingParty p left join fetch p.externalUnit
            where p.pairingId = :pairingId order by p.role, p.joinedOn, p.id""")
    List<PairingParty> findByPairing(Long pairingId);

    @Query("select p from PairingParty p where p.pairingId in :pairingIds")
    List<PairingParty> findByPairings(Collection<Long> pairingIds);

    /** Alliances the branch has ever been a party to (the viewer's scope: a past member still reads its record). */
    @Query("select distinct p.pairingId from PairingParty p where p.branchId = :branchId")
    List<Long> pairingIdsOfBranch(Long branchId);

    @Query("select count(p) > 0 from PairingParty p where p.pairingId = :pairingId and p.branchId = :branchId")
    boolean isParty(Long pairingId, Long branchId);
}
