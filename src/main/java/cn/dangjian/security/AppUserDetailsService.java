package cn.dangjian.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the account for a typed user name by {@link UserNames#key}, the same key the sign-in throttle
 * counts under. The database's case-, accent- and width-insensitive collation proposes the candidate;
 * it is accepted only if its own key is exactly the typed name's key, so the account found is always
 * the one whose failures the throttle has counted.
 */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AppUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String key = UserNames.key(username);
        return accounts.findByUsername(key)
                .filter(account -> UserNames.key(account.getUsername()).equals(key))
                .map(AppUser::of)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
