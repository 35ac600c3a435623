package cn.dangjian.points;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PointsSubmissionRepository extends JpaRepository<PointsSubmission, Long> {

    @Query("select s from PointsSubmission s where s.status = :status order by s.createdDate, s.id")
    List<PointsSubmission> findByStatus(SubmissionStatus status, Pageable page);

    long countByStatus(SubmissionStatus status);

    @Query("select s from PointsSubmission s where s.id in :ids order by s.id")
    List<PointsSubmission> findAllByIdIn(Collection<Long> ids);
}
