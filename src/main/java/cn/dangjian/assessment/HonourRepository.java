package cn.dangjian.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HonourRepository extends JpaRepository<Honour, Long> {

    List<Honour> findByYearOrderByAwardAscIdAsc(int year);

    List<Honour> findByBranchIdOrderByYearDesc(long branchId);

    List<Honour> findByMemberIdOrderByYearDesc(long memberId);

    boolean existsByYearAndAwardAndMemberId(int year, AwardKind award, long memberId);
}
