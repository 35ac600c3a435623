package cn.dangjian.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BranchRepository extends JpaRepository<Branch, Long> {

    @Query("select distinct b from Branch b left join fetch b.departments left join fetch b.campus order by b.code")
    List<Branch> findAllWithDepartments();

    @Query("select b from Branch b left join fetch b.departments left join fetch b.campus where b.id = :id")
    Optional<Branch> findWithDepartments(Long id);

    @Query(
            "select new cn.dangjian.organization.BranchRef(b.id, b.code, b.name, b.kind, b.foundedOn, b.dissolvedOn) from Branch b order by b.code")
    List<BranchRef> findAllRefs();

    Optional<Branch> findByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);

    boolean existsByNameAndIdNot(String name, Long id);

    boolean existsByCode(String code);

    boolean existsByName(String name);
}
