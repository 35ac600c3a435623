package cn.dangjian.accounts;

import cn.dangjian.security.UserAccount;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The administrator's queries over logins (lists, candidates for bulk creation). Kept apart from
 * security's {@code UserAccountRepository}, which serves sign-in, so the records they return live here.
 */
interface AccountAdminRepository extends Repository<UserAccount, Long> {

    /** Members without a login, in a branch or (branch null) the whole hospital. */
    @Query("""
            select new cn.dangjian.accounts.AccountCandidate(m.id, m.name, m.staffNumber, b.id, b.name)
            from Member m join m.branch b
            where (:branch is null or b.id = :branch)
              and not exists (select 1 from UserAccount a where a.memberId = m.id)
            order by b.code, m.staffNumber""")
    List<AccountCandidate> findCandidates(@Param("branch") @Nullable Long branchId);

    @Query("""
            select count(m) from Member m
            where (:branch is null or m.branch.id = :branch)
              and not exists (select 1 from UserAccount a where a.memberId = m.id)""")
    long countCandidates(@Param("branch") @Nullable Long branchId);

    @Query("select a.memberId from UserAccount a where a.memberId in :members")
    List<Long> findMemberIdsWithAccount(@Param("members") Collection<Long> memberIds);

    @Query("select a.username from UserAccount a where a.username in :names")
    List<String> findTakenUsernames(@Param("names") Collection<String> usernames);

    @Query("""
            select new cn.dangjian.accounts.AccountRow(a.id, a.username, a.role, a.displayName, b.name, a.enabled, a.version)
            from UserAccount a left join Branch b on b.id = a.branchId
            where (:text is null or a.username like :text or a.displayName like :text)
            order by a.role, a.username""")
    List<AccountRow> search(@Param("text") @Nullable String text, Pageable pageable);

    @Query(
            "select count(a) from UserAccount a where (:text is null or a.username like :text or a.displayName like :text)")
    long countSearch(@Param("text") @Nullable String text);
}
