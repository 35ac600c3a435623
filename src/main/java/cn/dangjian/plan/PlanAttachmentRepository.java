package cn.dangjian.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanAttachmentRepository extends JpaRepository<PlanAttachment, Long> {

    @Query("select a from PlanAttachment a where a.assignmentId = :id order by a.id")
    List<PlanAttachment> findByAssignment(long id);

    @Query("select a from PlanAttachment a where a.monthId in :ids order by a.id")
    List<PlanAttachment> findByMonths(List<Long> ids);
}
