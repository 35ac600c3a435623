package cn.dangjian.pairing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExternalUnitRepository extends JpaRepository<ExternalUnit, Long> {

    @Query("select u from ExternalUnit u order by u.allianceLevel, u.name")
    List<ExternalUnit> findAllOrdered();

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);

    @Query("select count(p) > 0 from Pairing p where p.externalUnit.id = :id")
    boolean isUsed(Long id);
}
