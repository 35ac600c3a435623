package cn.dangjian.calendar;

import java.time.LocalDate;
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
}
