package cn.dangjian.security;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Security's read API for other features: what an account may do right now, by user name. Used where a
 * credential other than a session stands for an account (the calendar's feed secret), so it has no
 * method security of its own: the caller has already checked its credential.
 */
@Component
public class AccountDirectory {

    private final UserAccountRepository accounts;

    AccountDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Optional<AccountState> stateOf(String username) {
        return accounts.findStateByUsername(username);
    }
}
