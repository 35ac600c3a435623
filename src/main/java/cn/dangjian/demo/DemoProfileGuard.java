package cn.dangjian.demo;

import java.util.Arrays;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Safe default: {@code spring.profiles.default: demo} makes {@code ./mvnw spring-boot:run} start the demo
 * hospital on the embedded database, but against a real database (spring.datasource.url set) a
 * defaulted profile must not load demo data or the demo logins with their known passwords. Then the
 * demo profile is dropped from the defaults before any bean is made, so no demo bean exists and the
 * production start-up path (AdminBootstrap) runs. Naming the profile explicitly
 * ({@code SPRING_PROFILES_ACTIVE=demo}) still loads it, into whatever database is configured.
 */
public class DemoProfileGuard implements EnvironmentPostProcessor, Ordered {

    static final String DEMO = "demo";

    private final Log log;

    public DemoProfileGuard(DeferredLogFactory logs) {
        this.log = logs.getLog(DemoProfileGuard.class);
    }

    /** After the configuration files are read (they set the default profile), before the context is made. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        if (dropDemo(environment.getActiveProfiles(), environment.getDefaultProfiles(), url)) {
            environment.setDefaultProfiles(Arrays.stream(environment.getDefaultProfiles())
                    .filter(p -> !DEMO.equals(p))
                    .toArray(String[]::new));
            log.warn("An external database is configured (spring.datasource.url) and the demo profile was only a "
                    + "default: no demo data and no demo logins are loaded. Set SPRING_PROFILES_ACTIVE=demo to load "
                    + "the demo hospital into this database on purpose.");
        }
    }

    /**
     * The demo profile is dropped when it would only apply as a default (no profile named at all)
     * while the datasource is an external one; "embedded" or no URL means the embedded MariaDB.
     */
    static boolean dropDemo(String[] active, String[] defaults, @Nullable String datasourceUrl) {
        boolean external =
                datasourceUrl != null && !datasourceUrl.isBlank() && !"embedded".equals(datasourceUrl.trim());
        return external && active.length == 0 && Arrays.asList(defaults).contains(DEMO);
    }
}
