package cn.dangjian.pairing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PairingRepository extends JpaRepository<Pairing, Long> {

    @Query("""
            select p from Pairing p join fetch p.branch left join fetch p.partnerBranch left join fetch p.externalUnit
            where p.id = :id""")
    Optional<Pairing> findWithParties(Long id);

    /** Live pairings between the same two internal branches (either way round) whose term overlaps. */
    @Query("""
            select count(p) from Pairing p where p.id <> :exclude and p.status in :live
              and ((p.branch.id = :a and p.partnerBranch.id = :b) or (p.branch.id = :b and p.partnerBranch.id = :a))
              and p.termStart <= :end and p.termEnd >= :start""")
    long countOverlappingInternal(long exclude, Long a, Long b, LocalDate start, LocalDate end,
            Collection<PairingStatus> live);

    @Query("""
            select count(p) from Pairing p where p.id <> :exclude and p.status in :live
              and p.branch.id = :a and p.externalUnit.id = :unit
              and p.termStart <= :end and p.termEnd >= :start""")
    long countOverlappingExternal(long exclude, Long a, Long unit, LocalDate start, LocalDate end,
            Collection<PairingStatus> live);

    @Query("""
            select p from Pairing p join fetch p.branch left join fetch p.partnerBranch left join fetch p.externalUnit
            where p.status in :statuses and (p.branch.id = :branchId or p.partnerBranch.id = :branchId)
            order by p.termStart desc, p.id""")
    List<Pairing> findOfBranch(Long branchId, Collection<PairingStatus> statuses);

    @Query("""
            select p from Pairing p join fetch p.branch left join fetch p.partnerBranch left join fetch p.externalUnit
            where p.kind = cn.dangjian.pairing.PairingKind.INTERNAL""")
    List<Pairing> findAllInternal();
}
