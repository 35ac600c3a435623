package cn.dangjian.security;

import static cn.dangjian.security.TestAccounts.asSystem;
import static cn.dangjian.security.TestAccounts.branchId;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.organization.Member;
import cn.dangjian.organization.MemberService;
import cn.dangjian.support.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real sessions over HTTP against the running server: sign in through the login form, then an administrator
 * acts on the account and the next request of that session (a page or a Vaadin UIDL request) is signed out.
 */
@IntegrationTest
class SessionEndTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    MemberService members;
    @Autowired
    OpenSessions sessions;
    @Autowired
    JdbcTemplate jdbc;

    /** A browser: its own cookie jar, no automatic redirects so that the test sees them. */
    final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String contentType, String body) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        void signIn(String username, String password) throws Exception {
            String page = get("/login").body();
            Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
            String form = "username=" + enc(username) + "&password=" + enc(password)
                    + (csrf.find() ? "&_csrf=" + enc(csrf.group(1)) : "");
            HttpResponse<String> response = post("/login", "application/x-www-form-urlencoded", form);
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        boolean signedIn() throws Exception {
            HttpResponse<String> response = get("/");
            return response.statusCode() == 200;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private UserAccount newAccount() {
        Member member = TestAccounts.newMember(members, branchId(jdbc, "C08"));
        return TestAccounts.newAccount(accounts, member, Roles.MEMBER);
    }

    @Test
    void disabling_an_account_ends_its_open_session_at_once() throws Exception {
        UserAccount account = newAccount();
        Browser browser = new Browser();
        browser.signIn(account.getUsername(), TestAccounts.PASSWORD);
        assertThat(browser.signedIn()).isTrue();
        assertThat(sessions.live(account.getId())).isEqualTo(1);

        asSystem(() -> {
            accounts.setEnabled(account.getId(), account.getVersion(), false);
            return null;
        });

        assertThat(sessions.live(account.getId())).isZero();
        HttpResponse<String> next = browser.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(browser.signedIn()).as("the session is gone, not only this request").isFalse();
    }

    @Test
    void resetting_a_password_ends_the_session_and_a_vaadin_request_is_told_the_session_expired() throws Exception {
        UserAccount account = newAccount();
        Browser browser = new Browser();
        browser.signIn(account.getUsername(), TestAccounts.PASSWORD);
        assertThat(browser.signedIn()).isTrue();

        asSystem(() -> {
            accounts.resetPassword(account.getId(), "a brand new ward password");
            return null;
        });

        // What the open browser tab sends next: a UIDL request of the Vaadin client.
        HttpResponse<String> uidl = browser.post("/?v-r=uidl&v-uiId=0", "application/json; charset=UTF-8",
                "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":1,\"clientId\":1}");
        assertThat(uidl.body()).contains("sessionExpired");
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void changing_the_role_ends_the_session() throws Exception {
        UserAccount account = newAccount();
        Browser browser = new Browser();
        browser.signIn(account.getUsername(), TestAccounts.PASSWORD);
        assertThat(browser.signedIn()).isTrue();
        asSystem(() -> {
            accounts.changeRole(account.getId(), account.getVersion(), Roles.SECRETARY);
            return null;
        });
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void another_account_keeps_its_session() throws Exception {
        UserAccount kept = newAccount();
        UserAccount disabled = newAccount();
        Browser browser = new Browser();
        browser.signIn(kept.getUsername(), TestAccounts.PASSWORD);
        asSystem(() -> {
            accounts.setEnabled(disabled.getId(), disabled.getVersion(), false);
            return null;
        });
        assertThat(browser.signedIn()).isTrue();
    }
}
