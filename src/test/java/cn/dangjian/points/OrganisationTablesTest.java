package cn.dangjian.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Points reaches organisation data through OrganizationDirectory; the one exception, the leaderboard's
 * members-at-zero anti-join, lives in BoardQueries (decision 0011). A new statement naming an organisation
 * table anywhere else in points fails here.
 */
class OrganisationTablesTest {

    private static final Pattern NAMED = Pattern.compile("\\b(party_member|party_branch|committee_member)\\b");
    private static final List<String> ALLOWED = List.of("BoardQueries.java");

    @Test
    void only_board_queries_names_an_organisation_table() throws IOException {
        Path points = Path.of("src/main/java/cn/dangjian/points");
        try (Stream<Path> files = Files.walk(points)) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !ALLOWED.contains(p.getFileName().toString()))
                    .filter(p -> NAMED.matcher(read(p)).find())
                    .map(p -> points.relativize(p).toString())
                    .toList();
            assertThat(offenders)
                    .as("points files naming party_member / party_branch / committee_member")
                    .isEmpty();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
