package cn.dangjian.calendar;

import static cn.dangjian.calendar.CalendarTestData.branchId;
import static cn.dangjian.calendar.CalendarTestData.input;
import static cn.dangjian.calendar.CalendarTestData.meeting;
import static cn.dangjian.calendar.CalendarTestData.memberOfBranch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.organization.MemberRef;
import cn.dangjian.organization.MemberService;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Who may be expected at an event, whom a picker finds, and that a double save makes one event. */
@IntegrationTest
class CalendarIntegrityTest {

    @Autowired
    CalendarService calendar;

    @Autowired
    EventScheduleService schedule;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    UserDetailsService users;

    private LocalDateTime nextWeek() {
        return LocalDate.now(clock).plusDays(7).atTime(15, 0);
    }

    private static EventInput withList(EventInput in, List<Long> list, Long pairingId) {
        return new EventInput(
                null,
                0,
                in.branchId(),
                in.typeId(),
                in.title(),
                in.start(),
                in.end(),
                null,
                null,
                Audience.LIST,
                list,
                pairingId,
                null);
    }

    private int events(String title) {
        return jdbc.queryForObject("select count(*) from cal_event where title = ?", Integer.class, title);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void a_list_audience_with_a_member_of_another_branch_is_refused() {
        long own = memberOfBranch(jdbc, "C08");
        long foreign = memberOfBranch(jdbc, "C07");
        EventInput in =
                input(jdbc, "C08", EventTypeCodes.STUDY_SESSION, nextWeek(), Audience.LIST, List.of(own, foreign));
        assertThatThrownBy(() -> schedule.save(in))
                .isInstanceOf(BusinessException.class)
                .extracting(x -> ((BusinessException) x).getMessageKey())
                .isEqualTo("calendar.event.listOutsideParties");
        assertThat(events(in.title())).isZero();
        assertThat(schedule.save(withList(in, List.of(own), null)).getId()).isNotNull();
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void a_joint_event_may_list_members_of_the_partner_branch_of_its_pairing_only() {
        long pairing = jdbc.queryForObject("""
                select min(p.id) from pairing p join party_branch a on a.id = p.branch_id
                join party_branch b on b.id = p.partner_branch_id
                where a.code = 'C11' and b.code = 'C08' and p.status = 'ACTIVE'""", Long.class);
        long partner = CalendarTestData.memberIdOf(jdbc, Demo.MEMBER_C11);
        long stranger = memberOfBranch(jdbc, "C07");
        EventInput in = input(jdbc, "C08", EventTypeCodes.JOINT_ACTIVITY, nextWeek(), Audience.LIST, List.of());
        assertThat(calendar.listCandidates(branchId(jdbc, "C08"), pairing))
                .extracting(MemberRef::branchId)
                .contains(branchId(jdbc, "C08"), branchId(jdbc, "C11"))
                .doesNotContain(branchId(jdbc, "C07"));
        assertThat(calendar.listCandidates(branchId(jdbc, "C08"), null))
                .extracting(MemberRef::branchId)
                .containsOnly(branchId(jdbc, "C08"));
        assertThatThrownBy(() -> schedule.save(withList(in, List.of(partner), null)))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> schedule.save(withList(in, List.of(partner, stranger), pairing)))
                .isInstanceOf(BusinessException.class);
        CalendarEvent joint = schedule.save(withList(in, List.of(memberOfBranch(jdbc, "C08"), partner), pairing));
        assertThat(calendar.detail(joint.getId()).attendees())
                .extracting(AttendeeRow::memberId)
                .contains(partner)
                .allMatch(id -> id != stranger);
        assertThat(calendar.detail(joint.getId()).attendees())
                .as("the organiser sees the partner's names")
                .noneMatch(a -> a.name().equals("?"));
        assertThat(CalendarTestData.as(
                        users,
                        Demo.MEMBER_C11,
                        () -> calendar.detail(joint.getId()).viewerExpected()))
                .as("the partner member opens the event they are expected at")
                .isTrue();
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void member_look_ups_are_scoped_to_the_secretarys_branch() {
        long own = memberOfBranch(jdbc, "C08");
        long foreign = memberOfBranch(jdbc, "C11");
        assertThat(members.refs(List.of(own, foreign)))
                .extracting(MemberRef::id)
                .containsExactly(own);
        assertThatThrownBy(() -> members.partyRefs(branchId(jdbc, "C11"), List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void the_administrator_looks_up_members_of_any_branch() {
        long own = memberOfBranch(jdbc, "C08");
        long foreign = memberOfBranch(jdbc, "C11");
        assertThat(members.refs(List.of(own, foreign))).hasSize(2);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void saving_a_new_event_twice_with_the_same_creation_key_makes_one_event() {
        EventInput in = meeting(jdbc, "C08", nextWeek());
        String key = UUID.randomUUID().toString();
        EventInput keyed = new EventInput(
                        null,
                        0,
                        in.branchId(),
                        in.typeId(),
                        in.title(),
                        in.start(),
                        in.end(),
                        in.place(),
                        null,
                        in.audience(),
                        in.listMembers(),
                        null,
                        null)
                .withCreationKey(key);
        CalendarEvent first = schedule.save(keyed);
        CalendarEvent second = schedule.save(keyed);
        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(events(in.title())).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where entity_type = 'CalendarEvent' and entity_id = ?",
                        Integer.class,
                        first.getId()))
                .isEqualTo(1);

        EventInput other = new EventInput(
                        null,
                        0,
                        in.branchId(),
                        in.typeId(),
                        in.title(),
                        in.start(),
                        in.end(),
                        in.place(),
                        null,
                        in.audience(),
                        in.listMembers(),
                        null,
                        null)
                .withCreationKey(UUID.randomUUID().toString());
        assertThat(schedule.save(other).getId())
                .as("another dialog is another event")
                .isNotEqualTo(first.getId());
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void a_title_over_120_characters_is_refused_with_its_own_message() {
        EventInput in = meeting(jdbc, "C08", nextWeek());
        String title = "党".repeat(121);
        EventInput longTitle = new EventInput(
                null,
                0,
                in.branchId(),
                in.typeId(),
                title,
                in.start(),
                in.end(),
                null,
                null,
                in.audience(),
                in.listMembers(),
                null,
                null);
        assertThatThrownBy(() -> schedule.save(longTitle))
                .isInstanceOf(BusinessException.class)
                .extracting(x -> ((BusinessException) x).getMessageKey())
                .isEqualTo("calendar.event.titleTooLong");
        assertThat(events(title)).isZero();
    }
}
