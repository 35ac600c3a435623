package cn.dangjian.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.security.authentication.LockedException;

/** A sign-in refused by the throttle before the password was checked; it does not count as another failure. */
@NullMarked
final class SignInLockedException extends LockedException {

    SignInLockedException() {
        super("too many failed sign-ins; the login form says so");
    }
}
