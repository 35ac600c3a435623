package cn.dangjian.assessment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreRepository extends JpaRepository<Score, Long> {

    List<Score> findBySheetId(long sheetId);

    List<Score> findBySheetIdIn(Collection<Long> sheetIds);
}
