package cn.dangjian.pairing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PairingEvidenceRepository extends JpaRepository<PairingEvidence, Long> {

    @Query("select e from PairingEvidence e where e.pairingId = :pairingId order by e.happenedOn desc, e.id desc")
    List<PairingEvidence> findByPairing(Long pairingId);

    Optional<PairingEvidence> findByCalendarEventId(Long calendarEventId);

    /** [pairingId, evidence since the date, latest date ever] per pairing. */
    @Query("""
            select e.pairingId, sum(case when e.happenedOn >= :since and e.happenedOn <= :today then 1 else 0 end),
              max(case when e.happenedOn <= :today then e.happenedOn else null end)
            from PairingEvidence e where e.pairingId in :pairingIds group by e.pairingId""")
    List<Object[]> activitySince(Collection<Long> pairingIds, LocalDate since, LocalDate today);
}
