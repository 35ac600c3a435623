package cn.dangjian.pairing.lists;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfferedResourceRepository extends JpaRepository<OfferedResource, Long> {

    @Query("select r from OfferedResource r where r.active = true order by r.branchId, r.id")
    List<OfferedResource> findActive();
}
