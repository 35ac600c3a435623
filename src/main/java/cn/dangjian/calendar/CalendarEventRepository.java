package cn.dangjian.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CalendarEventRepository extends JpaRepository<CalendarEvent, Long> {

    @Query("select e from CalendarEvent e join fetch e.eventType where e.id = :id")
    Optional<CalendarEvent> findWithType(Long id);

    @Query("""
            select e.branchId, e.id, e.eventType.id, e.heldDate
            from CalendarEvent e
            where e.status = cn.dangjian.calendar.EventStatus.HELD and e.heldDate between :from and :to""")
    List<Object[]> findHeldWithBranch(LocalDate from, LocalDate to);

    /** Held joint events of the given types, once per partner branch (the organiser's row comes from above). */
    @Query("""
            select p, e.id, e.eventType.id, e.heldDate
            from CalendarEvent e join e.joint.partnerBranchIds p
            where e.status = cn.dangjian.calendar.EventStatus.HELD and e.heldDate between :from and :to
              and e.eventType.code in :codes""")
    List<Object[]> findHeldForPartners(LocalDate from, LocalDate to, Collection<String> codes);

    /** Planned joint events of the given types, once per partner branch: id, branch, type, start. */
    @Query("""
            select e.id, p, e.eventType.id, e.startAt
            from CalendarEvent e join e.joint.partnerBranchIds p
            where e.status = cn.dangjian.calendar.EventStatus.PLANNED and e.startAt between :from and :to
              and e.eventType.code in :codes""")
    List<Object[]> findPlannedForPartners(LocalDateTime from, LocalDateTime to, Collection<String> codes);
}
