package cn.dangjian.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Headers, proxies and sign-in/out over real HTTP against the running server. */
@IntegrationTest
class HttpSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WebServerApplicationContext context;

    @Autowired
    LoginThrottle throttle;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String host, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(
            HttpClient http, String host, String name, String password, String... headers) throws Exception {
        String form = "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String failureDetails(String typed) {
        return jdbc.queryForObject("""
                select changes from audit_log where entity_type = 'Security' and action = 'SIGN_IN_FAILED' and actor = ?
                order by id desc limit 1""", String.class, typed);
    }

    @Test
    void pages_carry_a_content_security_policy_and_the_other_security_headers() throws Exception {
        HttpResponse<String> login = get("localhost", "/login");
        assertThat(login.statusCode()).isEqualTo(200);
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains(
                        "default-src 'self'",
                        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                        "style-src 'self' 'unsafe-inline'",
                        "object-src 'none'",
                        "frame-ancestors 'self'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    }

    @Test
    void session_cookie_is_secure_when_https_ended_at_the_trusted_proxy() throws Exception {
        HttpResponse<String> plain = get("localhost", "/");
        assertThat(sessionCookie(plain)).hasValueSatisfying(c -> assertThat(c).doesNotContainIgnoringCase("secure"));
        HttpResponse<String> https = get("localhost", "/", "X-Forwarded-Proto", "https");
        assertThat(sessionCookie(https)).hasValueSatisfying(c -> assertThat(c).containsIgnoringCase("; secure"));
        assertThat(https.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst();
    }

    @Test
    void forwarded_for_is_believed_only_from_a_trusted_proxy() throws Exception {
        String fromProxy = "xff-" + UUID.randomUUID().toString().substring(0, 8);
        postLogin(client, "127.0.0.1", fromProxy, "wrong", "X-Forwarded-For", "198.51.100.8");
        assertThat(failureDetails(fromProxy)).contains("address=\"198.51.100.8\"");

        RemoteIpValve valve = remoteIpValve();
        assertThat(valve.getInternalProxies()).isNotNull();
        assertThat("203.0.113.9".matches(valve.getInternalProxies()))
                .as("a public address is no proxy")
                .isFalse();
        assertThat("10.0.0.5".matches(valve.getInternalProxies()))
                .as("nor is the private network by default")
                .isFalse();

        // A forged header from a peer that is not a trusted proxy. Traffic stays on loopback: for this check only
        // the valve trusts 127.0.0.1 alone, and the request comes from 127.0.0.2.
        String trusted = valve.getInternalProxies();
        valve.setInternalProxies("127\\.0\\.0\\.1");
        try {
            String forged = "xff-" + UUID.randomUUID().toString().substring(0, 8);
            postLoginFrom("127.0.0.2", forged, "198.51.100.7");
            assertThat(failureDetails(forged)).contains("address=\"127.0.0.2\"").doesNotContain("198.51.100.7");
        } finally {
            valve.setInternalProxies(trusted);
        }
    }

    /** A sign-in form post sent from a chosen loopback source address, with an X-Forwarded-For header. */
    private void postLoginFrom(String sourceAddress, String name, String forwardedFor) throws Exception {
        String form = "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password=wrong";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(sourceAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            String request = "POST /login HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nX-Forwarded-For: " + forwardedFor + "\r\n"
                    + "Content-Length: " + form.getBytes(StandardCharsets.UTF_8).length
                    + "\r\nConnection: close\r\n\r\n" + form;
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String status = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1)
                    .lines()
                    .findFirst()
                    .orElse("");
            assertThat(status).startsWith("HTTP/1.1 302");
        }
    }

    private RemoteIpValve remoteIpValve() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        for (Valve valve : server.getTomcat().getEngine().getPipeline().getValves()) {
            if (valve instanceof RemoteIpValve remoteIp) {
                return remoteIp;
            }
        }
        throw new AssertionError("no RemoteIpValve: server.forward-headers-strategy is not native");
    }

    @Test
    void form_sign_in_and_sign_out_are_security_events() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
        long mark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);
        HttpResponse<String> signedIn = postLogin(browser, "localhost", Demo.MEMBER_C11, Demo.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as("the signed-in page carries the CSRF token").isTrue();
        HttpResponse<String> signedOut = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).isEqualTo(302);

        List<String> actions = jdbc.queryForList("""
                select action from audit_log where id > ? and entity_type = 'Security' and actor = ? order by id""", String.class, mark, Demo.MEMBER_C11);
        assertThat(actions).containsExactly("SIGN_IN", "SIGN_OUT");
    }
}
