package cn.dangjian.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@NullMarked
class AppUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final LoginThrottle throttle;

    AppUserDetailsService(UserAccountRepository accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (throttle.isBlocked(username, LoginThrottle.currentAddress())) {
            throw new LockedException("too many failed sign-ins; the login form says so");
        }
        return accounts.findByUsername(username.trim())
                .map(AppUser::of)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
