package cn.dangjian.calendar;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DutyRuleRepository extends JpaRepository<DutyRule, Long> {

    @Query("select r from DutyRule r join fetch r.eventType t order by t.sortOrder, r.id")
    List<DutyRule> findAllWithType();
}
