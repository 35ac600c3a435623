package cn.dangjian.accounts;

import cn.dangjian.common.BusinessException;
import cn.dangjian.security.PasswordPolicy;
import cn.dangjian.security.Roles;
import cn.dangjian.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Production has no default passwords: the first administrator comes from configuration
 * ({@code APP_BOOTSTRAP_ADMIN_USERNAME} / {@code APP_BOOTSTRAP_ADMIN_PASSWORD}) and only while no
 * account exists at all.
 */
@Component
@Profile("!demo")
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private final AccountService accounts;
    private final String username;
    private final String password;

    AdminBootstrap(
            AccountService accounts,
            @Value("${app.bootstrap-admin.username:}") String username,
            @Value("${app.bootstrap-admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyExists()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn(
                    "No accounts exist. Set APP_BOOTSTRAP_ADMIN_USERNAME and APP_BOOTSTRAP_ADMIN_PASSWORD to create the first administrator.");
            return;
        }
        try {
            SystemAuthentication.runAsSystem(
                    () -> accounts.create(username, password, Roles.ADMIN, username, null, null));
        } catch (BusinessException e) {
            // The bootstrap password obeys the same policy as every other (PasswordPolicy); say which rule it broke.
            log.error(
                    "APP_BOOTSTRAP_ADMIN_PASSWORD was refused ({}): at least {} characters, not a common password,"
                            + " not containing the user name. No administrator was created.",
                    e.getMessageKey(),
                    PasswordPolicy.MIN_LENGTH);
            return;
        }
        log.info("Created the first administrator account {}; its password must be changed at first sign-in", username);
    }
}
