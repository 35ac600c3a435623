package cn.dangjian.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommitteeRepository extends JpaRepository<CommitteeMember, Long> {

    @Query(
            "select c from CommitteeMember c join fetch c.member m left join fetch m.department where c.branch.id = :branchId order by c.role")
    List<CommitteeMember> findByBranch(Long branchId);

    @Query(
            "select c from CommitteeMember c join fetch c.member m join fetch c.branch left join fetch m.department order by c.branch.code, c.role")
    List<CommitteeMember> findAllWithMembers();

    void deleteByBranchId(Long branchId);
}
