package cn.dangjian.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchemeItemRepository extends JpaRepository<SchemeItem, Long> {

    List<SchemeItem> findBySchemeIdOrderByPositionAscIdAsc(long schemeId);

    List<SchemeItem> findByParentId(long parentId);
}
