package cn.dangjian.points;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PointsSettingsRepository extends JpaRepository<PointsSettings, Long> {

    Optional<PointsSettings> findFirstByOrderByIdAsc();
}
