package cn.dangjian.points;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PointsRuleRepository extends JpaRepository<PointsRule, Long> {

    Optional<PointsRule> findByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);

    boolean existsByCode(String code);

    @Query("select r from PointsRule r order by r.category, r.code")
    List<PointsRule> findAllOrdered();
}
