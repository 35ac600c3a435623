package cn.dangjian.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    @Query("select a from Attendance a where a.eventId = :eventId order by a.id")
    List<Attendance> findByEvent(long eventId);

    Optional<Attendance> findByEventIdAndMemberId(long eventId, long memberId);
}
