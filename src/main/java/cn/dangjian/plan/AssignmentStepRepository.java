package cn.dangjian.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentStepRepository extends JpaRepository<AssignmentStep, Long> {

    @Query("select s from AssignmentStep s where s.assignmentId = :assignmentId order by s.id")
    List<AssignmentStep> findByAssignment(long assignmentId);
}
