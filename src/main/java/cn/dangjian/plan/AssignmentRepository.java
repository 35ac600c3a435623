package cn.dangjian.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    @Query("select a from Assignment a join fetch a.task where a.id = :id")
    Optional<Assignment> findWithTask(long id);

    /** A year's assignments, all branches or one ({@code branchId} -1 = all; the office's have no branch). */
    @Query("""
            select a from Assignment a join fetch a.task t
            where t.year = :year and (:all = true or a.branchId = :branchId)
            order by t.dueDate, t.id, a.branchId""")
    List<Assignment> findByYear(int year, boolean all, long branchId);

    @Query("select a from Assignment a join fetch a.task t where t.id = :taskId order by a.branchId")
    List<Assignment> findByTask(long taskId);

    @Query("select a from Assignment a join fetch a.task t where a.branchId = :branchId and a.state <> 'ACCEPTED'")
    List<Assignment> findOpenOfBranch(long branchId);

    @Query("select a from Assignment a join fetch a.task t where a.state <> 'ACCEPTED'")
    List<Assignment> findOpen();
}
