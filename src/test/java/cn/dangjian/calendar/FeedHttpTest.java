package cn.dangjian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.security.SystemAuthentication;
import cn.dangjian.support.IntegrationTest;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fetches a feed over HTTP from the running server, without a session, and reads it with ical4j's parser. */
@IntegrationTest
class FeedHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    FeedService feeds;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void branch_feed_parses_with_a_real_client_parser_and_stops_after_revocation() throws Exception {
        long branch = CalendarTestData.branchId(jdbc, "C11");
        AtomicReference<FeedLink> link = new AtomicReference<>();
        SystemAuthentication.runAsSystem(() -> link.set(feeds.createBranchFeed(branch)));

        HttpResponse<String> response = get(link.get().path());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/calendar"));
        Calendar cal = new CalendarBuilder().build(new StringReader(response.body()));
        assertThat(cal.getComponents(VEvent.VEVENT)).isNotEmpty();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        int expected = jdbc.queryForObject("""
                select count(*) from cal_event e join cal_event_type t on t.id = e.event_type_id
                where (e.branch_id = ? or t.code = 'HOSPITAL_EVENT')
                  and e.start_at between ? and ?""", Integer.class, branch,
                java.sql.Timestamp.valueOf(today.minusYears(1).atStartOfDay()), java.sql.Timestamp.valueOf(today.plusYears(1).atStartOfDay()));
        assertThat(cal.getComponents(VEvent.VEVENT)).hasSize(expected);
        VEvent first = (VEvent) cal.getComponents(VEvent.VEVENT).get(0);
        assertThat(first.getUid()).isPresent();
        assertThat(first.getDateTimeStart()).isNotNull();
        assertThat(first.getSummary().getValue()).startsWith("[");

        SystemAuthentication.runAsSystem(() -> feeds.revoke(link.get().id()));
        assertThat(get(link.get().path()).statusCode()).isEqualTo(404);
        assertThat(get("ical/" + "0".repeat(48) + ".ics").statusCode()).isEqualTo(404);
    }
}
