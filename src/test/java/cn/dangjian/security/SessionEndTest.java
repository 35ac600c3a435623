package cn.dangjian.security;

import static cn.dangjian.support.TestAccounts.asSystem;
import static cn.dangjian.support.TestAccounts.branchId;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.accounts.AccountService;
import cn.dangjian.organization.Member;
import cn.dangjian.organization.MemberService;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestAccounts;
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
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String contentType, String body) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Content-Type", contentType)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        void signIn(String username, String password) throws Exception {
            String page = get("/login").body();
            Matcher csrf =
                    Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
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
        assertThat(browser.signedIn())
                .as("the session is gone, not only this request")
                .isFalse();
    }

    @Test
    void resetting_a_password_ends_the_session_and_a_vaadin_request_is_told_the_session_expired() throws Exception {
        UserAccount account = newAccount();
        Browser browser = new Browser();
        browser.signIn(account.getUsername(), TestAccounts.PASSWORD);
        // The page's script asks for its UI as the browser does; the answer carries the UI id and its security key.
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        String page = browser.get("/?v-r=init&location=&query=").body();
        Matcher key =
                Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(page);
        Matcher ui = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(page);
        assertThat(key.find())
                .as("security key in %s", page.substring(0, Math.min(600, page.length())))
                .isTrue();
        assertThat(ui.find()).as("UI id in the bootstrap page").isTrue();
        String uidlPath = "/?v-r=uidl&v-uiId=" + ui.group(1);
        String uidlBody = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> before = browser.post(uidlPath, "application/json; charset=UTF-8", uidlBody);
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body()).as("the open tab works").contains("syncId").doesNotContain("sessionExpired");

        asSystem(() -> {
            accounts.resetPassword(account.getId(), "a brand new ward password");
            return null;
        });

        // What the open tab sends next: a UIDL request of the Vaadin client, answered "session expired".
        HttpResponse<String> after = browser.post(
                uidlPath,
                "application/json; charset=UTF-8",
                uidlBody.replace("\"syncId\":0,\"clientId\":0", "\"syncId\":1,\"clientId\":1"));
        assertThat(after.body()).contains("sessionExpired");
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
