package cn.dangjian.assessment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchemeRepository extends JpaRepository<Scheme, Long> {

    Optional<Scheme> findByYearAndFrozenFalse(int year);
}
