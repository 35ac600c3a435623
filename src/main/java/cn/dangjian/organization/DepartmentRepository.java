package cn.dangjian.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DepartmentRepository extends JpaRepository<Department, Long> {

    @Query("select d from Department d left join fetch d.campus order by d.kind, d.name")
    List<Department> findAllOrdered();

    Optional<Department> findByName(String name);

    @Query("select count(m) from Member m where m.department.id = :id")
    long countMembers(Long id);

    @Query(value = "select count(*) from branch_department where department_id = :id", nativeQuery = true)
    long countBranches(Long id);
}
