package cn.dangjian.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BrandRepository extends JpaRepository<Brand, Long> {

    @Query("select b from Brand b where b.year = :year order by b.branchId")
    List<Brand> findByYear(int year);

    @Query("select b from Brand b where b.branchId = :branchId and b.year = :year")
    Optional<Brand> findOne(long branchId, int year);
}
