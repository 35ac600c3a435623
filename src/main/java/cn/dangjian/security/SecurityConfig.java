package cn.dangjian.security;

import cn.dangjian.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@NullMarked
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicPaths> publicPaths) throws Exception {
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/styles/**")).permitAll();
            auth.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/webjars/**")).permitAll();
            for (PublicPaths paths : publicPaths) {
                for (String pattern : paths.patterns()) {
                    auth.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(pattern)).permitAll();
                }
            }
        });
        // Sessions are registered per account so that an account change ends them (SessionConfig, OpenSessions).
        SessionConfig.register(http);
        // Spring Security's default session-fixation protection gives a new session id at login.
        // Vaadin denies every address that is not a route (denyAll): a deep link with a bad parameter
        // (/points/member/abc) or a mistyped address then got an empty 403 the browser downloads. Signed-in users
        // reach the Vaadin servlet instead, which answers with the console's own 404 page; visitors still go to login.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(any -> any.authenticated())).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(11);
    }
}
