package cn.dangjian.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The same deep links over HTTP, signed in as a secretary: a 404 HTML page, never an empty 403 or a trace. */
@IntegrationTest
class ErrorPagesHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(String user) throws Exception {
        get("login");
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + Demo.PASSWORD;
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.uri().getPath()).doesNotContain("login");
    }

    @Test
    void bad_parameter_and_foreign_member_answer_the_same_404_page() throws Exception {
        signIn(Demo.SECRETARY_C08);
        long foreign = jdbc.queryForObject(
                "select min(m.id) from party_member m join party_branch b"
                        + " on b.id = m.branch_id where b.code = 'C11'",
                Long.class);
        for (String path : new String[] {"points/member/abc", "points/member/" + foreign, "no-such-page"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
            assertThat(r.body())
                    .as(path)
                    .contains("记录不存在，或您无权查看。")
                    .doesNotContain("Exception")
                    .doesNotContain("points/member/:");
        }
    }
}
