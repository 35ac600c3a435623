package cn.dangjian.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The four kinds of user of a real week and the QR rush, each step a real request of the browser. */
final class Scenarios {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** calendar.signIn.SIGNED_IN in Chinese, the language the harness asks for. */
    private static final String SIGNED_IN = "签到成功";

    private final LoadSettings settings;
    private final LoadFixture.Rush rush;
    /**
     * Events a virtual secretary has taken to record. Logins are shared by several virtual users, and two people
     * recording the same meeting at once get the console's "changed by someone else" message, which is right but
     * not what a week looks like: each event is recorded by one virtual secretary. The rush's event is taken from
     * the start: it starts today in the first branch, so that branch's secretary would find it on the calendar, and
     * recording it during the rush turns the later scans into correction requests (what the console should do, but
     * not the rush being measured) or meets the administrator's recording of it as a stale form.
     */
    private final Set<String> taken = ConcurrentHashMap.newKeySet();

    Scenarios(LoadSettings settings, LoadFixture.Rush rush) {
        this.settings = settings;
        this.rush = rush;
        taken.add(String.valueOf(rush.eventId()));
    }

    /** Calendar month, an event of today recorded as held with everyone expected present, branch points. */
    ScenarioBuilder secretary(Iterator<Map<String, Object>> logins) {
        return signedIn(
                "secretary",
                logins,
                Flow.open("secretary: calendar", "calendar")
                        .exec(fetchMonth("secretary: month"))
                        .exec(think())
                        .exec(session -> pickRecordable(session))
                        .doIf(session -> session.contains("event"))
                        .then(recordHeld("secretary"))
                        .exec(think())
                        .exec(Flow.navigate("secretary: branch points", "points/branch"))
                        .exec(think())
                        .exec(Flow.unload()));
    }

    ScenarioBuilder member(Iterator<Map<String, Object>> logins) {
        return signedIn(
                "member",
                logins,
                Flow.open("member: my points", "points/member")
                        .exec(think())
                        .exec(Flow.navigate("member: calendar", "calendar"))
                        .exec(fetchMonth("member: month"))
                        .exec(think())
                        .exec(Flow.navigate("member: leaderboard", "points/leaderboard"))
                        .exec(think())
                        .exec(Flow.unload()));
    }

    ScenarioBuilder administrator(Iterator<Map<String, Object>> logins) {
        return signedIn(
                "administrator",
                logins,
                Flow.open("administrator: compliance heatmap", "calendar/compliance")
                        .exec(think())
                        .exec(Flow.navigate("administrator: members", "members"))
                        .exec(scrollMembers("administrator: members rows 0-50", 0))
                        .exec(scrollMembers("administrator: members scrolled to row 500", 500))
                        .exec(think())
                        .exec(Flow.navigate("administrator: pairings", "pairings"))
                        .exec(think())
                        .exec(Flow.navigate("administrator: approvals", "points/approvals"))
                        .exec(think())
                        .exec(Flow.unload()));
    }

    ScenarioBuilder leader(Iterator<Map<String, Object>> logins) {
        return signedIn(
                "leader",
                logins,
                Flow.open("leader: home", "")
                        .exec(think())
                        .exec(Flow.navigate("leader: leaderboards", "points/leaderboard"))
                        .exec(think())
                        .exec(Flow.unload()));
    }

    /** Signs in once, then opens the scenario's pages {@code load.rounds} times, each round in a new tab. */
    private ScenarioBuilder signedIn(String name, Iterator<Map<String, Object>> logins, ChainBuilder round) {
        return scenario(name)
                .feed(logins)
                .exec(Flow.signIn())
                .repeat(settings.rounds())
                .on(round);
    }

    /**
     * For the memory figure: a user signs in, opens one page and stays there for {@code load.parkSeconds} (the
     * heap is measured meanwhile), then closes the tab. The members grid is scrolled to row 500 first.
     */
    ScenarioBuilder park(Iterator<Map<String, Object>> logins, String route) {
        ChainBuilder scroll = route.equals("members")
                ? scrollMembers("park: members scrolled to row 500", 500)
                : exec(session -> session);
        return scenario("park on " + route)
                .feed(logins)
                .exec(Flow.signIn())
                .exec(Flow.open("park: " + route, route))
                .exec(scroll)
                .pause(Duration.ofSeconds(settings.parkSeconds()))
                .exec(Flow.unload());
    }

    /**
     * A member scans the QR code: the link sends them to the login, the login back to the link, and the page
     * the server renders for it signs them in.
     */
    ScenarioBuilder rush() {
        Iterator<String> names = rush.usernames().iterator();
        String link = "calendar/sign-in?token=" + rush.token();
        return scenario("rush")
                .exec(session -> {
                    synchronized (names) {
                        return session.set("username", names.next());
                    }
                })
                .exec(http("rush: scan").get("/" + link).disableFollowRedirect().check(status().is(302)))
                .exec(Flow.signIn())
                .exec(Flow.open("rush: sign-in page", session -> pathOf(session.getString("next"), link), SIGNED_IN))
                .exec(Flow.unload());
    }

    /** After the rush: the administrator records the event as held, which awards every attendee once. */
    ScenarioBuilder recordRush(Iterator<Map<String, Object>> admins) {
        return scenario("record rush")
                .feed(admins)
                .exec(Flow.signIn())
                .exec(Flow.open("record rush: calendar", "calendar"))
                .exec(session -> session.set("event", String.valueOf(rush.eventId())))
                .exec(recordHeld("record rush"));
    }

    private ChainBuilder recordHeld(String who) {
        return exec(Flow.uidl(
                        who + ": open event",
                        s -> Flow.ui(s).call(Flow.ui(s).byId("calendar"), "clicked", s.getString("event"))))
                .exec(Flow.uidl(
                        who + ": tick held", s -> Flow.ui(s).sync(Flow.ui(s).byId("event-held"), "checked", true)))
                .exec(Flow.uidl(
                        who + ": save record", s -> Flow.ui(s).click(Flow.ui(s).byId("event-save"))));
    }

    /** The members grid asks for 50 rows from {@code from}, as it does when scrolled there. */
    private static ChainBuilder scrollMembers(String name, int from) {
        return Flow.uidl(name, s -> Flow.ui(s).call(Flow.ui(s).byId("member-grid"), "setViewportRange", from, 50));
    }

    private ChainBuilder fetchMonth(String name) {
        return Flow.uidl(name, s -> {
            LocalDate first = LocalDate.now(settings.zone()).withDayOfMonth(1);
            FlowUi ui = Flow.ui(s);
            return ui.call(ui.byId("calendar"), "fetch", first.minusDays(7), first.plusDays(42));
        });
    }

    /** One of today's planned events of the secretary's branch (FullCalendar marks them editable). */
    private Session pickRecordable(Session session) {
        String today = LocalDate.now(settings.zone()).toString();
        List<String> candidates = new ArrayList<>();
        Flow.ui(session).lastReturned().ifPresent(events -> {
            // Nothing to record (or nothing readable) is a plain visit, not an error.
            JsonNode list = JSON.readTree(events);
            for (JsonNode e : list) {
                if (e.path("editable").asBoolean()
                        && e.path("start").asString("").startsWith(today)) {
                    candidates.add(e.path("id").asString());
                }
            }
        });
        Collections.shuffle(candidates, ThreadLocalRandom.current());
        for (String id : candidates) {
            if (taken.add(id)) {
                return session.set("event", id);
            }
        }
        return session.remove("event");
    }

    private ChainBuilder think() {
        return pause(Duration.ofMillis(settings.thinkMinMillis()), Duration.ofMillis(settings.thinkMaxMillis()));
    }

    /** The address the login sent the browser back to, as a path without the leading slash. */
    private static String pathOf(String location, String fallback) {
        if (location == null || location.isBlank()) {
            return fallback;
        }
        URI uri = URI.create(location);
        String path = uri.getRawPath().substring(1);
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
