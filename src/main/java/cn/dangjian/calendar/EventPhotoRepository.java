package cn.dangjian.calendar;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EventPhotoRepository extends JpaRepository<EventPhoto, Long> {

    @Query(
            "select new cn.dangjian.calendar.PhotoRef(p.id, p.fileName, p.contentType, p.sizeBytes) from EventPhoto p where p.eventId = :eventId order by p.id")
    List<PhotoRef> findRefs(long eventId);

    @Query("select count(p) from EventPhoto p where p.eventId = :eventId")
    long countByEvent(long eventId);
}
