package cn.dangjian.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;

/**
 * Gatling steps that speak Vaadin Flow's protocol through {@link FlowUi}: the login form, the first page (rendered
 * on the server, or {@code ?v-r=init} where it is not), UIDL requests with the key, sync id and client id of the
 * previous answer, and the unload beacon. Every answer is checked for appError, an invalid security key and
 * an expired session; a step that cannot find its node fails as a request, so every error is counted.
 */
final class Flow {

    static final String PASSWORD = "demo123";

    private Flow() {}

    /** The login form as a browser posts it, with Spring's CSRF token from the login page. */
    static ChainBuilder signIn() {
        return exec(http("login page")
                        .get("/login")
                        .check(status().is(200))
                        .check(regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .exec(http("sign in")
                        .post("/login")
                        .formParam("username", "#{username}")
                        .formParam("password", PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        .disableFollowRedirect()
                        .check(status().is(302))
                        .check(header("Location").saveAs("next"))
                        .check(header("Location")
                                .transform(l -> l.contains("error") ? "refused: " + l : "ok")
                                .is("ok")))
                .exitHereIfFailed();
    }

    /**
     * Opens an address the way a browser lands on it: the page, then the UI it carries (eagerServerLoad) or, if it
     * carries none, {@code ?v-r=init&location=...}.
     */
    static ChainBuilder open(String name, String location) {
        return open(name, session -> location);
    }

    static ChainBuilder open(String name, Function<Session, String> location) {
        return open(name, location, "");
    }

    /** Opens an address whose page must show {@code mustShow} (a result the server rendered at once). */
    static ChainBuilder open(String name, Function<Session, String> location, String mustShow) {
        // State is read inside the checks, so an answer the harness cannot read counts as a failed request.
        return exec(http(name)
                        .get(session -> "/" + location.apply(session))
                        .check(status().is(200))
                        .check(bodyString().transform(Flow::verdict).is("ok"))
                        .check(bodyString()
                                .transformWithSession((body, session) -> {
                                    if (body.contains(mustShow)) {
                                        return "ok";
                                    }
                                    int at = Math.max(0, body.indexOf("\"text\""));
                                    problem(
                                            name,
                                            session,
                                            "missing " + mustShow + "; the page says "
                                                    + body.substring(at, Math.min(body.length(), at + 400)));
                                    return "missing: " + mustShow;
                                })
                                .is("ok"))
                        .check(bodyString().transform(FlowUi::fromPage).saveAs("ui")))
                .doIf(session -> ui(session).uiId() < 0)
                .then(exec(http(name + " (init)")
                        .get(session -> "/?v-r=init&location="
                                + URLEncoder.encode(location.apply(session), StandardCharsets.UTF_8))
                        .check(status().is(200))
                        .check(bodyString().transform(Flow::verdict).is("ok"))
                        .check(bodyString()
                                .transformWithSession((body, session) -> {
                                    ui(session).init(body);
                                    return "ok";
                                })
                                .is("ok"))))
                .exitHereIfFailed()
                // The client engine's first message after loading: the navigation to the page it is on.
                .exec(uidl(name + " (connect)", session -> ui(session).navigate(location.apply(session), "")));
    }

    /**
     * One UIDL round trip carrying what {@code rpc} builds from the UI's current state; then, as the browser's grid
     * connector does, a round trip confirming the grid rows the answer brought (so the server can let go of the
     * rows the grid no longer shows).
     */
    static ChainBuilder uidl(String name, Function<Session, ArrayNode> rpc) {
        return roundTrip(name, rpc)
                .doIf(session -> ui(session).awaitsConfirmation())
                .then(roundTrip("grid confirms rows", session -> ui(session).confirmations()));
    }

    private static ChainBuilder roundTrip(String name, Function<Session, ArrayNode> rpc) {
        return exec(http(name)
                        .post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> ui(session).payload(rpc.apply(session))))
                        .check(status().is(200))
                        // One check that never throws: what went wrong is the failure's message in the report.
                        .check(bodyString()
                                .transformWithSession((body, session) -> {
                                    String verdict = verdict(body);
                                    if (verdict.equals("ok")) {
                                        try {
                                            String shown = ui(session).uidl(body);
                                            if (shown == null) {
                                                return "ok";
                                            }
                                            verdict = shown;
                                        } catch (RuntimeException e) {
                                            verdict = "unreadable answer (" + e.getMessage() + ")";
                                        }
                                    }
                                    // Gatling's summary shortens messages: the whole story goes to the log.
                                    problem(
                                            name,
                                            session,
                                            verdict + " in " + body.substring(0, Math.min(body.length(), 1_500)));
                                    return verdict;
                                })
                                .is("ok")))
                .exitHereIfFailed();
    }

    /** Following a link in the menu: the router's navigation event on the UI's root node. */
    static ChainBuilder navigate(String name, String route) {
        return uidl(name, session -> ui(session).navigate(route, "link"));
    }

    /** What a closing tab sends, so the server releases the UI now rather than at the heartbeat timeout. */
    static ChainBuilder unload() {
        return exec(http("unload")
                .post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                .header("Content-Type", "text/plain;charset=UTF-8")
                .body(StringBody(session -> ui(session).unloadPayload()))
                .check(status().in(200, 204)));
    }

    static FlowUi ui(Session session) {
        return Objects.requireNonNull(session.get("ui"), "no UI opened");
    }

    private static String verdict(String body) {
        if (body.contains("<title>") && body.contains("name=\"_csrf\"") && body.contains("vaadin-login")) {
            return "sent to the login page";
        }
        String problem = FlowUi.problem(body);
        return problem == null ? "ok" : problem;
    }

    /** A failed request's whole story, with the login and the event it concerned (the summary shortens it). */
    private static void problem(String request, Session session, String what) {
        System.out.println("LOAD PROBLEM " + request + " (" + session.getString("username") + ", event "
                + (session.contains("event") ? session.getString("event") : "-") + "): " + what);
    }
}
