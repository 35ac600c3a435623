package cn.dangjian.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Ends the open sessions of an account: after it was disabled, its password reset, its role or branch changed. */
@Component
public class OpenSessions {

    private final SessionRegistry registry;

    OpenSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /**
     * Marks every session of the account expired; ConcurrentSessionFilter logs it out on its next request,
     * Vaadin UIDL requests included. Inside a transaction this happens once it commits, so that a new sign-in
     * in between cannot pick up the old state.
     */
    public void endAll(long accountId) {
        endOthers(accountId, null);
    }

    /** As {@link #endAll} but keeps the session with the given id (the one the user is acting in). */
    public void endOthers(long accountId, @Nullable String keepSessionId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    expire(accountId, keepSessionId);
                }
            });
        } else {
            expire(accountId, keepSessionId);
        }
    }

    /** At once, whatever becomes of the surrounding transaction (used when the transaction is about to fail). */
    public void endAllNow(long accountId) {
        expire(accountId, null);
    }

    /** Sessions of the account that are still usable. */
    public int live(long accountId) {
        return (int) registry.getAllPrincipals().stream()
                .filter(p -> p instanceof AppUser user && user.accountId() == accountId)
                .mapToLong(p -> registry.getAllSessions(p, false).size())
                .sum();
    }

    private void expire(long accountId, @Nullable String keepSessionId) {
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof AppUser user && user.accountId() == accountId) {
                registry.getAllSessions(principal, false).stream()
                        .filter(s -> !s.getSessionId().equals(keepSessionId))
                        .forEach(SessionInformation::expireNow);
            }
        }
    }
}
