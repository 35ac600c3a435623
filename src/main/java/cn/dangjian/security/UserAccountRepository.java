package cn.dangjian.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findFirstByMemberId(Long memberId);

    List<UserAccount> findByMemberId(Long memberId);

    List<UserAccount> findByMemberIdIn(Collection<Long> memberIds);

    @Query("""
            select new cn.dangjian.security.AccountState(a.role, a.memberId, a.branchId, a.enabled, a.mustChangePassword)
            from UserAccount a where a.id = :id""")
    Optional<AccountState> findState(@Param("id") Long id);

    @Query("""
            select new cn.dangjian.security.AccountState(a.role, a.memberId, a.branchId, a.enabled, a.mustChangePassword)
            from UserAccount a where a.username = :username""")
    Optional<AccountState> findStateByUsername(@Param("username") String username);
}
