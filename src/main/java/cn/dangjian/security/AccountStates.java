package cn.dangjian.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The current role, branch and flags of each account, so that a change (a member moved, a role taken
 * away, an account disabled) applies to the very next service call of a signed-in user. Kept a few
 * seconds per account because services ask several times per request; a change on this node
 * invalidates at once, a change on another node is seen within {@link #TTL}.
 */
@Component
public class AccountStates {

    static final Duration TTL = Duration.ofSeconds(5);

    private final UserAccountRepository accounts;
    private final Cache<Long, Optional<AccountState>> cache =
            Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(10_000).build();

    AccountStates(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<AccountState> of(long accountId) {
        return cache.get(accountId, accounts::findState);
    }

    /** Forgets the account now and again after the surrounding transaction commits (a reader may have cached the old row in between). */
    public void invalidate(long accountId) {
        cache.invalidate(accountId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.invalidate(accountId);
                }
            });
        }
    }
}
