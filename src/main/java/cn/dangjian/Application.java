package cn.dangjian;

import cn.dangjian.common.HospitalZone;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableJpaAuditing
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/console.css")
@PWA(name = "医院党建联建平台", shortName = "党建联建")
@Push
public class Application implements AppShellConfigurator {

    static {
        // Outbound telemetry cannot reach its servers from a hospital network; do not try.
        System.setProperty("liquibase.analytics.enabled", "false");
        // One time zone for the JVM, the JDBC driver and the rules: the hospital's. Timestamps are
        // stored as the hospital's local time, and no layer converts between zones.
        TimeZone.setDefault(TimeZone.getTimeZone(HospitalZone.ZONE));
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
