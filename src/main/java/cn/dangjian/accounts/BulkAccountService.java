package cn.dangjian.accounts;

import cn.dangjian.common.BusinessException;
import cn.dangjian.security.Actors;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.OneTimePasswords;
import cn.dangjian.security.PasswordPolicy;
import cn.dangjian.security.Roles;
import cn.dangjian.security.SecurityEvents;
import cn.dangjian.security.UserAccount;
import cn.dangjian.security.UserAccountRepository;
import cn.dangjian.security.UserNames;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Going live: logins for every member of a branch (or the hospital) who has none, role MEMBER, user name
 * the staff number, a one-time password each that must be changed at first sign-in (decision 0007).
 * bcrypt at cost 11 takes about a tenth of a second per password, so the hashes are computed on a bounded
 * pool of one thread per core, outside any transaction, and the rows are then inserted in JDBC batches.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
public class BulkAccountService {

    static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(BulkAccountService.class);

    private final UserAccountRepository accounts;
    private final AccountAdminRepository admin;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final CurrentUser currentUser;
    private final SecurityEvents events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    BulkAccountService(
            UserAccountRepository accounts,
            AccountAdminRepository admin,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            CurrentUser currentUser,
            SecurityEvents events,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            Clock clock) {
        this.accounts = accounts;
        this.admin = admin;
        this.encoder = encoder;
        this.policy = policy;
        this.currentUser = currentUser;
        this.events = events;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** How many members of the branch (null: the hospital, administrators only) have no login yet. */
    @Transactional(readOnly = true)
    public long countWithoutAccount(@Nullable Long branchId) {
        checkScope(branchId);
        return admin.countCandidates(branchId);
    }

    /**
     * Creates the logins and returns them with their one-time passwords, which are stored nowhere else.
     * Running it again creates none for members who got one meanwhile.
     */
    public List<IssuedAccount> createMissing(@Nullable Long branchId) {
        checkScope(branchId);
        List<AccountCandidate> candidates = admin.findCandidates(branchId);
        if (candidates.isEmpty()) {
            return List.of();
        }
        long t0 = System.nanoTime();
        List<IssuedAccount> issued = issue(candidates);
        List<String> hashes = hashAll(issued);
        long t1 = System.nanoTime();
        String actor = Actors.current();
        List<IssuedAccount> created = tx.execute(status -> insert(issued, hashes, actor));
        log.info(
                "Bulk accounts: {} passwords hashed in {} ms on {} threads, {} rows written in {} ms",
                issued.size(),
                (t1 - t0) / 1_000_000,
                threads(),
                created == null ? 0 : created.size(),
                (System.nanoTime() - t1) / 1_000_000);
        events.record(
                "ACCOUNTS_BULK_CREATED",
                actor,
                null,
                branchId == null ? "hospital" : "branch " + branchId,
                Map.of("count", created == null ? 0 : created.size()));
        return created == null ? List.of() : created;
    }

    private void checkScope(@Nullable Long branchId) {
        if (branchId == null) {
            if (!currentUser.require().isAdmin()) {
                throw new AccessDeniedException("whole hospital");
            }
        } else {
            currentUser.requireCanEditBranch(branchId);
        }
    }

    /** User name: the staff number in lower case; when taken by another login, staff number and member id. */
    private List<IssuedAccount> issue(List<AccountCandidate> candidates) {
        Set<String> wanted = new HashSet<>();
        candidates.forEach(c -> wanted.add(username(c)));
        Set<String> taken = new HashSet<>();
        for (List<String> chunk : chunks(new ArrayList<>(wanted))) {
            // The database matches names by its collation; compare what it returns by the same key.
            admin.findTakenUsernames(chunk).forEach(t -> taken.add(UserNames.key(t)));
        }
        List<IssuedAccount> issued = new ArrayList<>(candidates.size());
        for (AccountCandidate c : candidates) {
            String name = username(c);
            if (taken.contains(name) || name.isEmpty()) {
                name = name + "-" + c.memberId();
            }
            String password;
            do {
                password = OneTimePasswords.next();
            } while (!acceptable(name, password));
            issued.add(new IssuedAccount(
                    c.memberId(), c.name(), c.staffNumber(), c.branchId(), c.branchName(), name, password));
        }
        return issued;
    }

    private boolean acceptable(String username, String password) {
        try {
            policy.check(username, password);
            return true;
        } catch (BusinessException e) {
            return false;
        }
    }

    private static String username(AccountCandidate c) {
        return UserNames.key(c.staffNumber());
    }

    private List<String> hashAll(List<IssuedAccount> issued) {
        try (ExecutorService pool = Executors.newFixedThreadPool(
                threads(),
                Thread.ofPlatform().name("bulk-bcrypt-", 0).daemon(true).factory())) {
            List<Future<String>> futures = issued.stream()
                    .map(a -> pool.submit(() -> encoder.encode(a.oneTimePassword())))
                    .toList();
            List<String> hashes = new ArrayList<>(futures.size());
            for (Future<String> f : futures) {
                hashes.add(f.get());
            }
            return hashes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One per core: bcrypt is pure CPU work, more threads would only queue. */
    private static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    private List<IssuedAccount> insert(List<IssuedAccount> issued, List<String> hashes, String actor) {
        // Another run may have given some of these members a login while the hashes were computed.
        Set<Long> have = new HashSet<>();
        for (List<Long> chunk :
                chunks(issued.stream().map(IssuedAccount::memberId).toList())) {
            have.addAll(admin.findMemberIdsWithAccount(chunk));
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>(issued.size());
        List<IssuedAccount> created = new ArrayList<>(issued.size());
        for (int i = 0; i < issued.size(); i++) {
            IssuedAccount a = issued.get(i);
            if (have.contains(a.memberId())) {
                continue;
            }
            rows.add(new Object[] {
                a.username(),
                hashes.get(i),
                Roles.MEMBER,
                a.memberName(),
                a.memberId(),
                a.branchId(),
                actor,
                now,
                actor,
                now
            });
            created.add(a);
        }
        try {
            jdbc.batchUpdate("""
                    insert into user_account (username, password_hash, role, display_name, member_id, branch_id, enabled,
                        must_change_password, version, created_by, created_date, last_modified_by, last_modified_date)
                    values (?, ?, ?, ?, ?, ?, 1, 1, 0, ?, ?, ?, ?)""", rows, BATCH, (ps, row) -> {
                for (int c = 0; c < row.length; c++) {
                    ps.setObject(c + 1, row[c]);
                }
            });
        } catch (DuplicateKeyException e) {
            throw new BusinessException("account.bulkConflict");
        }
        for (List<Long> chunk :
                chunks(created.stream().map(IssuedAccount::memberId).toList())) {
            for (UserAccount account : accounts.findByMemberIdIn(chunk)) {
                events.record(
                        "ACCOUNT_CREATED",
                        actor,
                        account.getId(),
                        account.getUsername(),
                        Map.of("role", Roles.MEMBER, "bulk", true));
            }
        }
        return created;
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            out.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return out;
    }
}
