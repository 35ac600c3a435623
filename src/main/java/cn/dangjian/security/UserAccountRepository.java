package cn.dangjian.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findFirstByMemberId(Long memberId);

    List<UserAccount> findByMemberId(Long memberId);

    List<UserAccount> findByMemberIdIn(java.util.Collection<Long> memberIds);

    /** Members without a login, in a branch or (branch null) the whole hospital. */
    @Query("""
            select new cn.dangjian.security.AccountCandidate(m.id, m.name, m.staffNumber, b.id, b.name)
            from Member m join m.branch b
            where (:branch is null or b.id = :branch)
              and not exists (select 1 from UserAccount a where a.memberId = m.id)
            order by b.code, m.staffNumber""")
    List<AccountCandidate> findCandidates(@Param("branch") Long branchId);

    @Query("""
            select count(m) from Member m
            where (:branch is null or m.branch.id = :branch)
              and not exists (select 1 from UserAccount a where a.memberId = m.id)""")
    long countCandidates(@Param("branch") Long branchId);

    @Query("select a.memberId from UserAccount a where a.memberId in :members")
    List<Long> findMemberIdsWithAccount(@Param("members") java.util.Collection<Long> memberIds);

    @Query("select a.username from UserAccount a where a.username in :names")
    List<String> findTakenUsernames(@Param("names") java.util.Collection<String> usernames);

    @Query("""
            select new cn.dangjian.security.AccountState(a.role, a.memberId, a.branchId, a.enabled, a.mustChangePassword)
            from UserAccount a where a.id = :id""")
    Optional<AccountState> findState(@Param("id") Long id);

    @Query("""
            select new cn.dangjian.security.AccountState(a.role, a.memberId, a.branchId, a.enabled, a.mustChangePassword)
            from UserAccount a where a.username = :username""")
    Optional<AccountState> findStateByUsername(@Param("username") String username);

    @Query("""
            select new cn.dangjian.security.AccountRow(a.id, a.username, a.role, a.displayName, b.name, a.enabled, a.version)
            from UserAccount a left join Branch b on b.id = a.branchId
            where (:text is null or a.username like :text or a.displayName like :text)
            order by a.role, a.username""")
    List<AccountRow> search(@Param("text") String text, Pageable pageable);

    @Query("select count(a) from UserAccount a where (:text is null or a.username like :text or a.displayName like :text)")
    long countSearch(@Param("text") String text);
}
