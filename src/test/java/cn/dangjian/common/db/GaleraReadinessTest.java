package cn.dangjian.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What Galera requires of the schema and the code (docs/decisions/0028): every table has a primary key (rows
 * without one replicate unreliably), every table is InnoDB (others are not replicated), and nothing relies on
 * table locks or named locks, which hold on one node only.
 */
@IntegrationTest
class GaleraReadinessTest {

    private static final Pattern NODE_LOCAL_LOCKS =
            Pattern.compile("(?i)\\b(lock\\s+tables|get_lock\\s*\\(|engine\\s*=\\s*(myisam|aria|memory))");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_table_has_a_primary_key() {
        List<String> withoutKey = jdbc.queryForList("""
                select t.table_name from information_schema.tables t
                where t.table_schema = database() and t.table_type = 'BASE TABLE'
                  and not exists (select 1 from information_schema.table_constraints c
                                  where c.table_schema = t.table_schema and c.table_name = t.table_name
                                    and c.constraint_type = 'PRIMARY KEY')
                """, String.class);
        assertThat(tableCount()).isGreaterThan(30);
        assertThat(withoutKey).isEmpty();
    }

    @Test
    void every_table_is_innodb() {
        List<String> other = jdbc.queryForList("""
                select concat(table_name, ' ', engine) from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE' and engine <> 'InnoDB'
                """, String.class);
        assertThat(other).isEmpty();
    }

    @Test
    void no_code_or_changelog_uses_node_local_locks() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .filter(GaleraReadinessTest::usesNodeLocalLocks)
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    private int tableCount() {
        Integer n = jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_schema = database()"
                        + " and table_type = 'BASE TABLE'",
                Integer.class);
        return n == null ? 0 : n;
    }

    private static boolean usesNodeLocalLocks(Path file) {
        try {
            return NODE_LOCAL_LOCKS.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
