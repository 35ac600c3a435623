package cn.dangjian.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BrandMonthRepository extends JpaRepository<BrandMonth, Long> {

    @Query("select m from BrandMonth m where m.brandId in :brandIds order by m.brandId, m.month")
    List<BrandMonth> findByBrands(List<Long> brandIds);
}
