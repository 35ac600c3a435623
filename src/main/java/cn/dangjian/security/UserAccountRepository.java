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

    @Query("""
            select new cn.dangjian.security.AccountState(a.role, a.memberId, a.branchId, a.enabled, a.mustChangePassword)
            from UserAccount a where a.id = :id""")
    Optional<AccountState> findState(@Param("id") Long id);

    @Query("""
            select new cn.dangjian.security.AccountRow(a.id, a.username, a.role, a.displayName, b.name, a.enabled, a.version)
            from UserAccount a left join Branch b on b.id = a.branchId
            where (:text is null or a.username like :text or a.displayName like :text)
            order by a.role, a.username""")
    List<AccountRow> search(@Param("text") String text, Pageable pageable);

    @Query("select count(a) from UserAccount a where (:text is null or a.username like :text or a.displayName like :text)")
    long countSearch(@Param("text") String text);
}
