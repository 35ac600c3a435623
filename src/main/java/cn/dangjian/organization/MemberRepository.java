package cn.dangjian.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, Long> {

    @Query("select m from Member m left join fetch m.department join fetch m.branch where m.id = :id")
    Optional<Member> findForEdit(Long id);

    boolean existsByStaffNumber(String staffNumber);

    boolean existsByStaffNumberAndIdNot(String staffNumber, Long id);

    @Query("select m.staffNumber from Member m")
    List<String> findAllStaffNumbers();

    @Query("select m.branch.id, m.status, count(m) from Member m group by m.branch.id, m.status")
    List<Object[]> countByBranchAndStatus();

    @Query("""
            select new cn.dangjian.organization.MemberRef(m.id, m.name, m.staffNumber, m.branch.id, m.status)
            from Member m where m.branch.id = :branchId order by m.name""")
    List<MemberRef> findRefsByBranch(Long branchId);

    @Query("""
            select new cn.dangjian.organization.MemberRef(m.id, m.name, m.staffNumber, m.branch.id, m.status)
            from Member m where m.id in :ids""")
    List<MemberRef> findRefs(Collection<Long> ids);

    @Query("""
            select new cn.dangjian.organization.MemberRef(m.id, m.name, m.staffNumber, m.branch.id, m.status)
            from Member m order by m.id""")
    List<MemberRef> findAllRefs();

    @Query(
            "select m from Member m left join fetch m.department join fetch m.branch where m.departmentHead = true or m.keyStaff = true order by m.branch.code, m.name")
    List<Member> findLeadersAndKeyStaff();
}
