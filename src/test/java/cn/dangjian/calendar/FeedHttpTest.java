package cn.dangjian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.common.NotFoundException;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

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
    Clock clock;

    @Autowired
    UserDetailsService users;

    @Autowired
    EventScheduleService schedule;

    @Autowired
    AttendanceService attendance;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void branch_feed_parses_with_a_real_client_parser_and_stops_after_revocation() throws Exception {
        long branch = CalendarTestData.branchId(jdbc, "C11");
        AtomicReference<FeedLink> link = new AtomicReference<>();
        link.set(CalendarTestData.as(users, Demo.SECRETARY_C11, () -> feeds.createBranchFeed(branch)));

        HttpResponse<String> response = get(link.get().path());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/calendar"));
        Calendar cal = new CalendarBuilder().build(new StringReader(response.body()));
        assertThat(cal.getComponents(VEvent.VEVENT)).isNotEmpty();
        LocalDate today = LocalDate.now(clock);
        int expected = jdbc.queryForObject(
                """
                select count(*) from cal_event e join cal_event_type t on t.id = e.event_type_id
                where (e.branch_id = ? or t.code = 'HOSPITAL_EVENT'
                       or exists (select 1 from cal_event_party p where p.event_id = e.id and p.branch_id = ?))
                  and e.start_at between ? and ?""",
                Integer.class,
                branch,
                branch,
                Timestamp.valueOf(today.minusYears(1).atStartOfDay()),
                Timestamp.valueOf(today.plusYears(1).atStartOfDay()));
        assertThat(cal.getComponents(VEvent.VEVENT)).hasSize(expected);
        VEvent first = (VEvent) cal.getComponents(VEvent.VEVENT).get(0);
        assertThat(first.getUid()).isPresent();
        assertThat(first.getDateTimeStart()).isNotNull();
        assertThat(first.getSummary().getValue()).startsWith("[");

        CalendarTestData.run(
                users, Demo.SECRETARY_C11, () -> feeds.revoke(link.get().id()));
        assertThat(get(link.get().path()).statusCode()).isEqualTo(404);
        assertThat(get("ical/" + "0".repeat(48) + ".ics").statusCode()).isEqualTo(404);
    }

    @Test
    void meeting_minutes_stay_out_of_feeds_by_default() throws Exception {
        String minutes = "纪要" + System.nanoTime();
        CalendarTestData.run(users, Demo.SECRETARY_C11, () -> {
            CalendarEvent e = schedule.save(CalendarTestData.meeting(
                    jdbc, "C11", LocalDate.now(clock).minusDays(1).atTime(15, 0)));
            attendance.recordHeld(new HeldInput(e.getId(), e.getVersion(), Set.of(), Map.of(), minutes));
        });
        FeedLink link = CalendarTestData.as(
                users, Demo.SECRETARY_C11, () -> feeds.createBranchFeed(CalendarTestData.branchId(jdbc, "C11")));
        HttpResponse<String> response = get(link.path());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(minutes).doesNotContain("DESCRIPTION");
    }

    @Test
    void a_rotated_feed_answers_only_at_its_new_address_and_only_a_hash_is_stored() throws Exception {
        FeedLink first = CalendarTestData.as(users, Demo.MEMBER_C11, feeds::createMemberFeed);
        String secret = first.path().replaceAll("^ical/|\\.ics$", "");
        assertThat(jdbc.queryForObject(
                        "select count(*) from cal_feed_token where token_hash = ?", Integer.class, secret))
                .isZero();
        assertThat(jdbc.queryForObject("select token_hash from cal_feed_token where id = ?", String.class, first.id()))
                .isEqualTo(FeedService.hash(secret));
        assertThat(CalendarTestData.as(users, Demo.MEMBER_C11, feeds::myFeeds)).allMatch(f -> f.path() == null);
        assertThat(get(first.path()).statusCode()).isEqualTo(200);

        Assertions.assertThatThrownBy(() -> CalendarTestData.as(users, Demo.MEMBER_C08, () -> feeds.rotate(first.id())))
                .isInstanceOf(NotFoundException.class);
        FeedLink rotated = CalendarTestData.as(users, Demo.MEMBER_C11, () -> feeds.rotate(first.id()));
        assertThat(rotated.id()).isEqualTo(first.id());
        assertThat(get(first.path()).statusCode()).isEqualTo(404);
        assertThat(get(rotated.path()).statusCode()).isEqualTo(200);
    }

    @Test
    void feeds_of_a_disabled_account_or_of_a_member_who_left_the_branch_stop_answering() throws Exception {
        FeedLink mine = CalendarTestData.as(users, Demo.MEMBER_C11, feeds::createMemberFeed);
        FeedLink branch = CalendarTestData.as(
                users, Demo.MEMBER_C11, () -> feeds.createBranchFeed(CalendarTestData.branchId(jdbc, "C11")));
        assertThat(get(mine.path()).statusCode()).isEqualTo(200);
        assertThat(get(branch.path()).statusCode()).isEqualTo(200);
        try {
            jdbc.update("update user_account set enabled = 0 where username = ?", Demo.MEMBER_C11);
            assertThat(get(mine.path()).statusCode()).isEqualTo(404);
            assertThat(get(branch.path()).statusCode()).isEqualTo(404);
        } finally {
            jdbc.update("update user_account set enabled = 1 where username = ?", Demo.MEMBER_C11);
        }
        assertThat(get(mine.path()).statusCode()).isEqualTo(200);

        long member = CalendarTestData.memberIdOf(jdbc, Demo.MEMBER_C11);
        try {
            jdbc.update(
                    "update party_member set branch_id = ? where id = ?",
                    CalendarTestData.branchId(jdbc, "C08"),
                    member);
            assertThat(get(branch.path()).statusCode())
                    .as("moved to another branch")
                    .isEqualTo(404);
        } finally {
            jdbc.update(
                    "update party_member set branch_id = ? where id = ?",
                    CalendarTestData.branchId(jdbc, "C11"),
                    member);
        }
        assertThat(get(branch.path()).statusCode()).isEqualTo(200);
    }
}
