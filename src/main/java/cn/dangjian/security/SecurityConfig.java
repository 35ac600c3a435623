package cn.dangjian.security;

import cn.dangjian.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /**
     * What Vaadin Flow needs and no more (docs/decisions/0008): its bootstrap runs an inline script and
     * the client engine builds functions from the expressions the server sends ('unsafe-inline',
     * 'unsafe-eval'); components set inline styles. Everything else, WebJars included, comes from this
     * origin; images may be data: or blob: URLs (QR codes, uploaded photos before saving).
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, List<PublicPaths> publicPaths, SignInAuditor signInAuditor) throws Exception {
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/styles/**"))
                    .permitAll();
            auth.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/webjars/**"))
                    .permitAll();
            for (PublicPaths paths : publicPaths) {
                for (String pattern : paths.patterns()) {
                    auth.requestMatchers(
                                    PathPatternRequestMatcher.withDefaults().matcher(pattern))
                            .permitAll();
                }
            }
        });
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.sameOrigin()));
        // Sessions are registered per account so that an account change ends them (SessionConfig, OpenSessions).
        SessionConfig.register(http);
        // Spring Security's default session-fixation protection gives a new session id at login.
        // Vaadin denies every address that is not a route (denyAll): a deep link with a bad parameter
        // (/points/member/abc) or a mistyped address then got an empty 403 the browser downloads. Signed-in users
        // reach the Vaadin servlet instead, which answers with the console's own 404 page; visitors still go to login.
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class)
                                .addLogoutHandler(signInAuditor)
                                .anyRequest(any -> any.authenticated()))
                .build();
    }

    /**
     * The throttle refuses locked names and addresses before the password check; the ordinary
     * user-name/password provider does the rest (Spring Boot uses this one provider for form login).
     */
    @Bean
    AuthenticationProvider authenticationProvider(
            UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(11);
    }
}
