package cn.dangjian.pairing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PairingRepository extends JpaRepository<Pairing, Long> {

    @Query("""
            select p from Pairing p left join fetch p.externalUnit
            where p.id = :id""")
    Optional<Pairing> findWithParties(Long id);

    @Query("""
            select p from Pairing p left join fetch p.externalUnit
            where p.status in :statuses and (p.branchId = :branchId or p.partnerBranchId = :branchId)
            order by p.termStart desc, p.id""")
    List<Pairing> findOfBranch(Long branchId, Collection<PairingStatus> statuses);

    @Query("""
            select p from Pairing p left join fetch p.externalUnit
            where p.kind = cn.dangjian.pairing.PairingKind.INTERNAL""")
    List<Pairing> findAllInternal();

    /** Alliances in which the branch is the lead branch or a party that has not left. */
    @Query("""
            select p from Pairing p
            where p.kind = cn.dangjian.pairing.PairingKind.ALLIANCE and p.status in :statuses
              and (p.branchId = :branchId or p.id in (
                select pp.pairingId from PairingParty pp where pp.branchId = :branchId and pp.leftOn is null))
            order by p.termStart desc, p.id""")
    List<Pairing> findAlliancesOfBranch(Long branchId, Collection<PairingStatus> statuses);
}
