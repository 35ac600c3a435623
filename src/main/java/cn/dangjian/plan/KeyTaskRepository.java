package cn.dangjian.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface KeyTaskRepository extends JpaRepository<KeyTask, Long> {

    @Query("select t from KeyTask t where t.year = :year order by t.dueDate, t.id")
    List<KeyTask> findByYear(int year);
}
