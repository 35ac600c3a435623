package cn.dangjian.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<MeetingHabit, Long> {

    @Query("select h from MeetingHabit h")
    List<MeetingHabit> habits();

    @Query("select h from Holiday h where h.day between :from and :to")
    List<Holiday> holidays(LocalDate from, LocalDate to);

    @Query("select h from Holiday h where h.day = :day")
    Optional<Holiday> holiday(LocalDate day);

    /** A branch's events that may fulfil a period of the year: type, start, status, planned period. */
    @Query("""
            select e.eventType.id, e.startAt, e.status, e.planPeriod from CalendarEvent e
            where e.branchId = :branchId
              and ((e.startAt >= :from and e.startAt < :to) or e.planPeriod like :yearPattern)""")
    List<Object[]> eventsOfYear(long branchId, LocalDateTime from, LocalDateTime to, String yearPattern);

    @Query("""
            select e from CalendarEvent e
            where e.branchId = :branchId and e.eventType.id = :typeId and e.planPeriod = :period""")
    Optional<CalendarEvent> findPeriod(long branchId, long typeId, String period);

    /** Whether next year's plan was generated for the hospital: a new branch then gets its share. */
    @Query("select count(e) > 0 from CalendarEvent e where e.planPeriod like :yearPattern")
    boolean anyPlanned(String yearPattern);
}
