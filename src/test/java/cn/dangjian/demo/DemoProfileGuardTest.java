package cn.dangjian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

class DemoProfileGuardTest {

    private static final String[] NONE = {};
    private static final String[] DEMO_DEFAULT = {"demo"};

    @Test
    void external_database_with_a_defaulted_demo_profile_loads_no_demo() {
        assertThat(DemoProfileGuard.dropDemo(NONE, DEMO_DEFAULT, "jdbc:mariadb://db.example:3306/dangjian"))
                .isTrue();
    }

    @Test
    void embedded_database_keeps_the_demo_hospital_of_the_run_command() {
        assertThat(DemoProfileGuard.dropDemo(NONE, DEMO_DEFAULT, null)).isFalse();
        assertThat(DemoProfileGuard.dropDemo(NONE, DEMO_DEFAULT, "embedded")).isFalse();
        assertThat(DemoProfileGuard.dropDemo(NONE, DEMO_DEFAULT, " ")).isFalse();
    }

    @Test
    void demo_named_explicitly_is_loaded_even_into_an_external_database() {
        assertThat(DemoProfileGuard.dropDemo(new String[] {"demo"}, DEMO_DEFAULT, "jdbc:mariadb://db/x"))
                .isFalse();
    }

    /** Nothing to make: the test only needs Spring Boot to read application.yml and run the environment post-processors. */
    @Configuration(proxyBeanMethods = false)
    static class Empty {}

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(properties)
                .run();
    }

    @Test
    void a_real_start_with_application_yml_drops_demo_only_for_an_external_database() {
        try (ConfigurableApplicationContext external =
                start("spring.datasource.url=jdbc:mariadb://db.example:3306/x")) {
            assertThat(external.getEnvironment().matchesProfiles("demo")).isFalse();
        }
        try (ConfigurableApplicationContext embedded = start()) {
            assertThat(embedded.getEnvironment().matchesProfiles("demo"))
                    .as("spring.profiles.default: demo")
                    .isTrue();
        }
        try (ConfigurableApplicationContext named =
                start("spring.datasource.url=jdbc:mariadb://db.example:3306/x", "spring.profiles.active=demo")) {
            assertThat(named.getEnvironment().matchesProfiles("demo")).isTrue();
        }
    }

    @Test
    void guard_removes_demo_from_the_environment_defaults() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mariadb://db/x");
        env.setDefaultProfiles("demo");
        new DemoProfileGuard(new DeferredLogs()).postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getDefaultProfiles()).doesNotContain("demo");
        assertThat(env.matchesProfiles("demo")).isFalse();
        assertThat(env.matchesProfiles("!demo"))
                .as("AdminBootstrap runs instead")
                .isTrue();

        MockEnvironment embedded = new MockEnvironment();
        embedded.setDefaultProfiles("demo");
        new DemoProfileGuard(new DeferredLogs()).postProcessEnvironment(embedded, new SpringApplication());
        assertThat(embedded.matchesProfiles("demo")).isTrue();
    }
}
