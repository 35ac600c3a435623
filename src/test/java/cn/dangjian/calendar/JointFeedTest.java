package cn.dangjian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every party's feeds carry a joint event, and the feed is read twice: by ical4j and by a strict reader written
 * here from RFC 5545 §3.1 (no second iCalendar library resolves offline), which checks CRLF line ends, 75-octet
 * lines and unfolding independently of ical4j's own folding.
 */
@IntegrationTest
class JointFeedTest {

    /** About 45 Chinese characters: 135 octets of UTF-8, the case ical4j folded at 75 characters. */
    private static final String LONG_TITLE = "康复中医与妇产科党支部联合开展产后康复健康宣教暨主题党日活动及党员志愿服务进社区义诊";

    @LocalServerPort
    int port;

    @Autowired
    FeedService feeds;

    @Autowired
    EventScheduleService schedule;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** RFC 5545 §3.1: CRLF line ends, at most 75 octets a line, continuation lines start with one space or tab. */
    static List<String> strictUnfold(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        List<String> logical = new ArrayList<>();
        for (String physical : text.substring(0, text.length() - 2).split("\r\n", -1)) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length)
                    .as("octets of line %s", physical)
                    .isLessThanOrEqualTo(75);
            if (physical.startsWith(" ") || physical.startsWith("\t")) {
                assertThat(logical)
                        .as("a continuation needs a line to continue")
                        .isNotEmpty();
                int last = logical.size() - 1;
                logical.set(last, logical.get(last) + physical.substring(1));
            } else {
                assertThat(physical).as("a content line has a name and a colon").matches("^[A-Za-z0-9-]+[;:].*");
                logical.add(physical);
            }
        }
        return logical;
    }

    @Test
    void the_partner_branchs_and_members_feeds_carry_the_joint_event_folded_at_75_octets() throws Exception {
        long pairing = jdbc.queryForObject("""
                select min(p.id) from pairing p join party_branch a on a.id = p.branch_id
                join party_branch b on b.id = p.partner_branch_id
                where a.code = 'C11' and b.code = 'C08' and p.status = 'ACTIVE'""", Long.class);
        LocalDateTime start = LocalDateTime.now(clock)
                .plusDays(3)
                .withHour(14)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        EventInput base =
                CalendarTestData.input(jdbc, "C08", EventTypeCodes.JOINT_ACTIVITY, start, Audience.BRANCH, List.of());
        String title = LONG_TITLE + System.nanoTime() % 1000;
        CalendarEvent e = CalendarTestData.as(
                users,
                Demo.SECRETARY_C08,
                () -> schedule.save(new EventInput(
                        null,
                        0,
                        base.branchId(),
                        base.typeId(),
                        title,
                        start,
                        start.plusHours(2),
                        "门诊楼一楼大厅",
                        null,
                        Audience.BRANCH,
                        List.of(),
                        pairing,
                        null)));

        FeedLink branchFeed = CalendarTestData.as(
                users, Demo.SECRETARY_C11, () -> feeds.createBranchFeed(CalendarTestData.branchId(jdbc, "C11")));
        FeedLink memberFeed = CalendarTestData.as(users, Demo.MEMBER_C11, feeds::createMemberFeed);
        for (FeedLink link : List.of(branchFeed, memberFeed)) {
            HttpResponse<byte[]> response = get(link.path());
            assertThat(response.statusCode()).isEqualTo(200);
            String disposition =
                    response.headers().firstValue("Content-Disposition").orElse("");
            assertThat(disposition).doesNotContain("f.txt").contains(".ics");
            List<String> lines = strictUnfold(response.body());
            assertThat(lines).contains("BEGIN:VCALENDAR", "END:VCALENDAR");
            assertThat(lines.stream().filter(l -> l.startsWith("BEGIN:VEVENT")).count())
                    .isEqualTo(lines.stream()
                            .filter(l -> l.startsWith("END:VEVENT"))
                            .count());
            assertThat(lines).anyMatch(l -> l.startsWith("X-WR-CALNAME:") && l.length() > "X-WR-CALNAME:".length());
            assertThat(lines)
                    .as("the unfolded summary keeps the whole title and names the organiser")
                    .anyMatch(l -> l.startsWith("SUMMARY:") && l.contains(title) && l.contains("妇产科"));
            assertThat(lines).anyMatch(l -> l.equals("UID:event-" + e.getId() + "@dangjian"));

            Calendar cal =
                    new CalendarBuilder().build(new StringReader(new String(response.body(), StandardCharsets.UTF_8)));
            assertThat(cal.getComponents(VEvent.VEVENT))
                    .map(v -> ((VEvent) v).getSummary().getValue())
                    .anyMatch(s -> s.contains(title));
        }
    }
}
