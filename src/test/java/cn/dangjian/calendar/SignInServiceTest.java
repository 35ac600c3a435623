package cn.dangjian.calendar;

import static cn.dangjian.calendar.CalendarTestData.as;
import static cn.dangjian.calendar.CalendarTestData.branchId;
import static cn.dangjian.calendar.CalendarTestData.memberIdOf;
import static cn.dangjian.calendar.CalendarTestData.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** QR self sign-in against the real database: the window, "new code", and late scans as correction requests. */
@IntegrationTest
class SignInServiceTest {

    @Autowired
    CalendarService calendar;

    @Autowired
    EventScheduleService schedule;

    @Autowired
    AttendanceService attendance;

    @Autowired
    SignInService signIns;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecordedAttendanceEvents recorded;

    @Autowired
    Clock clock;

    private CalendarEvent event(LocalDateTime start, Duration length) {
        EventInput in =
                CalendarTestData.input(jdbc, "C08", EventTypeCodes.STUDY_SESSION, start, Audience.BRANCH, List.of());
        return as(
                users,
                Demo.SECRETARY_C08,
                () -> schedule.save(new EventInput(
                        null,
                        0,
                        in.branchId(),
                        in.typeId(),
                        in.title(),
                        start,
                        start.plus(length),
                        null,
                        null,
                        Audience.BRANCH,
                        List.of(),
                        null,
                        null)));
    }

    private String code(long eventId) {
        return as(users, Demo.SECRETARY_C08, () -> signIns.code(eventId)).token();
    }

    private SignInResult scan(String username, String token) {
        return as(users, username, () -> signIns.signIn(token));
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOf(BusinessException.class)
                .extracting(x -> ((BusinessException) x).getMessageKey())
                .isEqualTo(key);
    }

    private String attendance(long eventId, String username) {
        return jdbc.queryForObject(
                "select coalesce(status, '-') from cal_attendance where event_id = ? and member_id = ?",
                String.class,
                eventId,
                memberIdOf(jdbc, username));
    }

    @Test
    void sign_in_works_only_from_half_an_hour_before_the_start_to_two_hours_after_the_end() {
        LocalDateTime now = LocalDateTime.now(clock);
        CalendarEvent early = event(now.plusHours(2), Duration.ofHours(1));
        refused(() -> scan(Demo.MEMBER_C08, code(early.getId())), "calendar.signIn.tooEarly");
        assertThat(attendance(early.getId(), Demo.MEMBER_C08)).isEqualTo("-");

        CalendarEvent over = event(now.minusHours(5), Duration.ofHours(1));
        refused(() -> scan(Demo.MEMBER_C08, code(over.getId())), "calendar.signIn.closed");
        assertThat(attendance(over.getId(), Demo.MEMBER_C08)).isEqualTo("-");

        CalendarEvent soon = event(now.plusMinutes(20), Duration.ofHours(1));
        String token = code(soon.getId());
        assertThat(scan(Demo.MEMBER_C08, token)).isEqualTo(SignInResult.SIGNED_IN);
        assertThat(scan(Demo.MEMBER_C08, token)).isEqualTo(SignInResult.ALREADY_SIGNED_IN);
        assertThat(attendance(soon.getId(), Demo.MEMBER_C08)).isEqualTo("PRESENT");

        CalendarEvent justOver = event(now.minusHours(2), Duration.ofHours(1));
        assertThat(scan(Demo.MEMBER_C08, code(justOver.getId()))).isEqualTo(SignInResult.SIGNED_IN);

        refused(() -> scan(Demo.MEMBER_C08, token.substring(0, token.length() - 2) + "xx"), "calendar.signIn.invalid");
        refused(() -> scan(Demo.MEMBER_C11, token), "calendar.signIn.notExpected");
    }

    @Test
    void a_new_code_voids_every_older_code_and_leaves_the_event_editable() {
        CalendarEvent e = event(LocalDateTime.now(clock).minusMinutes(10), Duration.ofHours(1));
        String old = code(e.getId());
        long version =
                as(users, Demo.SECRETARY_C08, () -> calendar.detail(e.getId()).version());
        String fresh =
                as(users, Demo.SECRETARY_C08, () -> signIns.newCode(e.getId())).token();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(code(e.getId())).isEqualTo(fresh);
        assertThat(as(
                        users,
                        Demo.SECRETARY_C08,
                        () -> calendar.detail(e.getId()).version()))
                .as("a dialog open on the event can still save")
                .isEqualTo(version);

        refused(() -> scan(Demo.MEMBER_C08, old), "calendar.signIn.replaced");
        assertThat(attendance(e.getId(), Demo.MEMBER_C08)).isEqualTo("-");
        assertThat(scan(Demo.MEMBER_C08, fresh)).isEqualTo(SignInResult.SIGNED_IN);
        assertThatThrownBy(() -> as(users, Demo.SECRETARY_C11, () -> signIns.newCode(e.getId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_sign_in_after_the_recording_is_a_request_that_the_secretary_accepts_once_or_declines() {
        CalendarEvent e = event(LocalDateTime.now(clock).minusMinutes(90), Duration.ofHours(1));
        long late = memberIdOf(jdbc, Demo.MEMBER_C08);
        long other = memberIdOf(jdbc, Demo.COMMITTEE_C08);
        run(users, Demo.SECRETARY_C08, () -> {
            Set<Long> present = calendar.detail(e.getId()).attendees().stream()
                    .map(AttendeeRow::memberId)
                    .filter(id -> id != late && id != other)
                    .collect(Collectors.toSet());
            attendance.recordHeld(
                    new HeldInput(e.getId(), calendar.detail(e.getId()).version(), present, Map.of(), null));
        });
        assertThat(recorded.of(e.getId())).hasSize(1);
        String token = code(e.getId());

        assertThat(scan(Demo.MEMBER_C08, token)).isEqualTo(SignInResult.SENT_TO_SECRETARY);
        assertThat(scan(Demo.MEMBER_C08, token)).as("queued once").isEqualTo(SignInResult.SENT_TO_SECRETARY);
        assertThat(scan(Demo.COMMITTEE_C08, token)).isEqualTo(SignInResult.SENT_TO_SECRETARY);
        assertThat(attendance(e.getId(), Demo.MEMBER_C08))
                .as("nothing changes before the secretary decides")
                .isEqualTo("ABSENT");
        assertThat(recorded.of(e.getId())).as("no message, so no points yet").hasSize(1);

        List<SignInRequestRow> queue = as(users, Demo.SECRETARY_C08, () -> signIns.pending(null));
        SignInRequestRow mine = queue.stream()
                .filter(r -> r.eventId() == e.getId() && r.memberId() == late)
                .findFirst()
                .orElseThrow();
        SignInRequestRow theirs = queue.stream()
                .filter(r -> r.eventId() == e.getId() && r.memberId() == other)
                .findFirst()
                .orElseThrow();
        assertThat(as(users, Demo.SECRETARY_C08, () -> signIns.pending(e.getId())))
                .hasSize(2);
        assertThat(as(users, Demo.SECRETARY_C11, () -> signIns.pending(null))).noneMatch(r -> r.eventId() == e.getId());
        assertThatThrownBy(() -> run(users, Demo.SECRETARY_C11, () -> signIns.accept(mine.id())))
                .isInstanceOf(NotFoundException.class);

        run(users, Demo.SECRETARY_C08, () -> signIns.accept(mine.id()));
        assertThat(attendance(e.getId(), Demo.MEMBER_C08)).isEqualTo("PRESENT");
        assertThat(recorded.of(e.getId())).hasSize(2);
        assertThat(recorded.of(e.getId()).get(1).present()).contains(late);
        assertThat(recorded.of(e.getId()).get(1).absentWithoutLeave())
                .contains(other)
                .doesNotContain(late);
        assertThat(jdbc.queryForObject(
                        "select state from points_event_member where event_id = ? and member_id = ?",
                        String.class,
                        e.getId(),
                        late))
                .as("points follow the ordinary recording")
                .isEqualTo("ATTEND");
        int ledgerRows = ledgerRows(e.getId(), late);

        refused(
                () -> run(users, Demo.SECRETARY_C08, () -> signIns.accept(mine.id())),
                "calendar.signIn.alreadyDecided");
        assertThat(scan(Demo.MEMBER_C08, token)).isEqualTo(SignInResult.ALREADY_SIGNED_IN);
        assertThat(recorded.of(e.getId())).hasSize(2);
        assertThat(ledgerRows(e.getId(), late)).as("points once").isEqualTo(ledgerRows);

        run(users, Demo.SECRETARY_C08, () -> signIns.decline(theirs.id()));
        assertThat(attendance(e.getId(), Demo.COMMITTEE_C08)).isEqualTo("ABSENT");
        refused(() -> scan(Demo.COMMITTEE_C08, token), "calendar.signIn.declined");
        assertThat(recorded.of(e.getId())).hasSize(2);
        assertThat(as(users, Demo.SECRETARY_C08, () -> signIns.pending(e.getId())))
                .isEmpty();
        assertThat(branchId(jdbc, "C08")).isEqualTo(e.getBranchId());
    }

    private int ledgerRows(long eventId, long memberId) {
        return jdbc.queryForObject(
                "select count(*) from points_entry where source_type = 'EVENT' and source_id = ? and member_id = ?",
                Integer.class,
                eventId,
                memberId);
    }

    @Test
    void members_and_leaders_cannot_show_renew_or_decide_sign_ins() {
        CalendarEvent e = event(LocalDateTime.now(clock).plusDays(1), Duration.ofHours(1));
        for (String who : List.of(Demo.MEMBER_C08, Demo.COMMITTEE_C08, Demo.LEADER)) {
            assertThatThrownBy(() -> as(users, who, () -> signIns.code(e.getId())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(users, who, () -> signIns.newCode(e.getId())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(users, who, () -> signIns.pending(null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> run(users, who, () -> signIns.accept(1L)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> run(users, who, () -> signIns.decline(1L)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as(users, Demo.ADMIN, () -> signIns.code(e.getId())).token()).isEqualTo(code(e.getId()));
    }
}
