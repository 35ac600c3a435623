package cn.dangjian.calendar;

import static cn.dangjian.calendar.CalendarTestData.branchId;
import static cn.dangjian.calendar.CalendarTestData.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.contracts.EventAttendanceChanged;
import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.common.contracts.PairingDirectory;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class CalendarServiceTest {

    @Autowired
    CalendarService calendar;

    @Autowired
    EventScheduleService schedule;

    @Autowired
    AttendanceService attendance;

    @Autowired
    EventPhotoService photos;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecordedAttendanceEvents recorded;

    private static LocalDateTime daysAgo(int days) {
        return LocalDate.now().minusDays(days).atTime(15, 0);
    }

    private int eventCount() {
        return jdbc.queryForObject("select count(*) from cal_event", Integer.class);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_schedules_for_own_branch_only() {
        CalendarEvent own = schedule.save(meeting(jdbc, "C08", daysAgo(-3)));
        assertThat(own.getStatus()).isEqualTo(EventStatus.PLANNED);
        int expected = jdbc.queryForObject(
                "select count(*) from party_member where branch_id = ?", Integer.class, branchId(jdbc, "C08"));
        assertThat(calendar.detail(own.getId()).attendees()).hasSize(expected);
        assertThatThrownBy(() -> schedule.save(meeting(jdbc, "C11", daysAgo(-3))))
                .isInstanceOf(AccessDeniedException.class);
        long foreign = jdbc.queryForObject(
                "select min(id) from cal_event where branch_id = ? and event_type_id <> ?",
                Long.class,
                branchId(jdbc, "C11"),
                CalendarTestData.typeId(jdbc, EventTypeCodes.HOSPITAL_EVENT));
        assertThatThrownBy(() -> calendar.detail(foreign)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> schedule.cancel(foreign, 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attendance.recordHeld(new HeldInput(foreign, 0, Set.of(), Map.of(), null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_sees_own_branch_and_hospital_events_only() {
        long own = branchId(jdbc, "C08");
        List<CalendarEntry> month = calendar.entries(
                LocalDate.now().minusMonths(2).withDayOfMonth(1),
                LocalDate.now().minusMonths(1).withDayOfMonth(1),
                CalendarFilter.none());
        assertThat(month).isNotEmpty();
        long hospitalType = CalendarTestData.typeId(jdbc, EventTypeCodes.HOSPITAL_EVENT);
        assertThat(month).allMatch(e -> e.branchId() == own || e.typeId() == hospitalType || e.joint());
        List<CalendarEntry> asked = calendar.entries(
                LocalDate.now().minusMonths(2),
                LocalDate.now(),
                new CalendarFilter(branchId(jdbc, "C11"), Set.of(), Set.of()));
        // Another branch's own events stay out; its joint events with this branch are this branch's too.
        assertThat(asked).allMatch(CalendarEntry::joint);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void bad_input_is_refused_and_nothing_is_saved() {
        int before = eventCount();
        EventInput ok = meeting(jdbc, "C08", daysAgo(-2));
        EventInput backwards = new EventInput(
                null,
                0,
                ok.branchId(),
                ok.typeId(),
                ok.title(),
                ok.start(),
                ok.start().minusHours(1),
                null,
                null,
                Audience.BRANCH,
                List.of(),
                null,
                null);
        assertThatThrownBy(() -> schedule.save(backwards))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("calendar.event.endBeforeStart");
        EventInput noTitle = new EventInput(
                null,
                0,
                ok.branchId(),
                ok.typeId(),
                " ",
                ok.start(),
                ok.end(),
                null,
                null,
                Audience.BRANCH,
                List.of(),
                null,
                null);
        assertThatThrownBy(() -> schedule.save(noTitle)).isInstanceOf(BusinessException.class);
        assertThat(eventCount()).isEqualTo(before);

        CalendarEvent future = schedule.save(ok);
        assertThatThrownBy(() -> attendance.recordHeld(
                        new HeldInput(future.getId(), future.getVersion(), Set.of(), Map.of(), "x")))
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("calendar.event.heldInFuture");

        CalendarEvent past = schedule.save(meeting(jdbc, "C08", daysAgo(1)));
        long outsider = CalendarTestData.memberOfBranch(jdbc, "C11");
        assertThatThrownBy(() -> attendance.recordHeld(
                        new HeldInput(past.getId(), past.getVersion(), Set.of(outsider), Map.of(), "x")))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("calendar.attendance.notExpected");
        EventDetail after = calendar.detail(past.getId());
        assertThat(after.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(after.attendees()).allMatch(a -> a.status() == null);
        assertThat(recorded.of(past.getId())).isEmpty();

        assertThatThrownBy(() -> photos.add(past.getId(), "x.png", "not an image".getBytes()))
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("calendar.photo.wrongType");
        byte[] huge = new byte[(int) EventPhotoService.MAX_BYTES + 1];
        huge[0] = (byte) 0xff;
        huge[1] = (byte) 0xd8;
        huge[2] = (byte) 0xff;
        assertThatThrownBy(() -> photos.add(past.getId(), "big.jpg", huge))
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("calendar.photo.tooLarge");
        assertThat(jdbc.queryForObject(
                        "select count(*) from cal_event_photo where event_id = ?", Integer.class, past.getId()))
                .isZero();
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void a_stale_version_is_a_conflict() {
        CalendarEvent e = schedule.save(meeting(jdbc, "C08", daysAgo(-5)));
        long stale = e.getVersion();
        schedule.reschedule(
                e.getId(), stale, e.getStartAt().plusDays(1), e.getEndAt().plusDays(1));
        assertThatThrownBy(() -> schedule.reschedule(
                        e.getId(),
                        stale,
                        e.getStartAt().plusDays(2),
                        e.getEndAt().plusDays(2)))
                .extracting(x -> ((BusinessException) x).getMessageKey())
                .isEqualTo("error.conflict");
        assertThatThrownBy(() -> schedule.cancel(e.getId(), stale))
                .extracting(x -> ((BusinessException) x).getMessageKey())
                .isEqualTo("error.conflict");
        assertThat(calendar.detail(e.getId()).start()).isEqualTo(e.getStartAt().plusDays(1));
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void recording_held_publishes_the_full_attendance_and_cancelling_withdraws_it() {
        CalendarEvent e = schedule.save(meeting(jdbc, "C08", daysAgo(2)));
        List<Long> expected = calendar.detail(e.getId()).attendees().stream()
                .map(AttendeeRow::memberId)
                .toList();
        assertThat(expected.size()).isGreaterThan(4);
        long onLeave = expected.get(0);
        long absent = expected.get(1);
        Set<Long> present = new HashSet<>(expected.subList(2, expected.size()));
        CalendarEvent held = attendance.recordHeld(
                new HeldInput(e.getId(), e.getVersion(), present, Map.of(onLeave, "值班"), "传达文件精神"));
        assertThat(held.getStatus()).isEqualTo(EventStatus.HELD);
        assertThat(held.getHeldDate()).isEqualTo(LocalDate.now().minusDays(2));
        List<EventAttendanceChanged> messages = recorded.of(e.getId());
        assertThat(messages).hasSize(1);
        EventAttendanceChanged m = messages.get(0);
        assertThat(m.held()).isTrue();
        assertThat(m.eventTypeCode()).isEqualTo(EventTypeCodes.STUDY_SESSION);
        assertThat(m.study()).isTrue();
        assertThat(m.branchId()).isEqualTo(branchId(jdbc, "C08"));
        assertThat(m.durationHours()).isEqualTo(1.0);
        assertThat(m.present()).isEqualTo(present);
        assertThat(m.onLeave()).containsExactly(onLeave);
        assertThat(m.absentWithoutLeave()).containsExactly(absent);

        // A correction publishes the full new state again.
        Set<Long> corrected = new HashSet<>(present);
        corrected.add(absent);
        held = attendance.recordHeld(
                new HeldInput(e.getId(), held.getVersion(), corrected, Map.of(onLeave, "值班"), "传达文件精神"));
        assertThat(recorded.of(e.getId())).hasSize(2);
        assertThat(recorded.of(e.getId()).get(1).present()).isEqualTo(corrected);
        assertThat(recorded.of(e.getId()).get(1).absentWithoutLeave()).isEmpty();

        schedule.cancel(e.getId(), held.getVersion());
        assertThat(recorded.of(e.getId())).hasSize(3);
        assertThat(recorded.of(e.getId()).get(2).held()).isFalse();
        assertThat(calendar.detail(e.getId()).status()).isEqualTo(EventStatus.CANCELLED);
        Integer audits = jdbc.queryForObject(
                "select count(*) from audit_log where entity_type = 'CalendarEvent' and entity_id = ?",
                Integer.class,
                e.getId());
        assertThat(audits).isEqualTo(4);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void recording_a_meeting_changes_compliance() {
        int year = LocalDate.now().getYear();
        long branch = branchId(jdbc, "C08");
        // Remove this month's group meeting, if the demo held one, so there is something to satisfy.
        List<DueItem> items = compliance.branchItems(branch, year);
        DueItem group = items.stream()
                .filter(i -> i.typeCode().equals(EventTypeCodes.GROUP_MEETING)
                        && !i.periodStart().isAfter(LocalDate.now())
                        && !i.periodEnd().isBefore(LocalDate.now()))
                .findFirst()
                .orElseThrow();
        if (group.eventId() != null) {
            jdbc.update(
                    "update cal_event set status = 'CANCELLED' where branch_id = ? and event_type_id = ? and held_date between ? and ?",
                    branch,
                    group.typeId(),
                    group.periodStart(),
                    group.periodEnd());
        }
        long before = compliance.branchItems(branch, year).stream()
                .filter(i -> i.state() == DueState.ON_TIME)
                .count();
        LocalDateTime start = LocalDate.now().withDayOfMonth(1).atTime(8, 0);
        CalendarEvent e = schedule.save(
                CalendarTestData.input(jdbc, "C08", EventTypeCodes.GROUP_MEETING, start, Audience.BRANCH, List.of()));
        Set<Long> all = calendar.detail(e.getId()).attendees().stream()
                .map(AttendeeRow::memberId)
                .collect(Collectors.toSet());
        attendance.recordHeld(new HeldInput(e.getId(), e.getVersion(), all, Map.of(), null));
        List<DueItem> after = compliance.branchItems(branch, year);
        assertThat(after.stream().filter(i -> i.state() == DueState.ON_TIME).count())
                .isEqualTo(before + 1);
        assertThat(after).anyMatch(i -> Long.valueOf(e.getId()).equals(i.eventId()));
    }

    @Autowired
    ComplianceService compliance;

    @Autowired
    EventTypeService types;

    @Autowired
    ObjectProvider<PairingDirectory> pairingDirectory;

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void an_unknown_pairing_is_refused_or_left_out_when_there_is_no_pairing_feature() {
        long branch = branchId(jdbc, "C08");
        EventInput in = meeting(jdbc, "C08", daysAgo(-4));
        EventInput linked = new EventInput(
                null,
                0,
                in.branchId(),
                in.typeId(),
                in.title(),
                in.start(),
                in.end(),
                null,
                "院外共建单位",
                Audience.BRANCH,
                List.of(),
                -12345L,
                null);
        if (pairingDirectory.getIfAvailable() == null) {
            assertThat(calendar.pairingOptions(branch)).isEmpty();
            CalendarEvent saved = schedule.save(linked);
            assertThat(saved.getPairingId()).isNull();
            assertThat(saved.getPartners()).isEqualTo("院外共建单位");
        } else {
            assertThatThrownBy(() -> schedule.save(linked))
                    .extracting(x -> ((BusinessException) x).getMessageKey())
                    .isEqualTo("calendar.event.unknownPairing");
        }
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void only_the_administrator_configures_types_and_duties() {
        EventType t = types.types().get(0);
        assertThatThrownBy(() -> types.saveType(t)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> types.saveRule(types.rules().get(0), t.getId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void administrator_adds_a_type_whose_code_then_stays_fixed() {
        EventType t = new EventType(
                "READING_" + System.nanoTime() % 100000, "读书会", "Reading club", "#123abc", false, true, 1.5, 200);
        EventType saved = types.saveType(t);
        assertThat(types.types()).extracting(EventType::getCode).contains(saved.getCode());
        saved.setCode("OTHER_CODE");
        assertThatThrownBy(() -> types.saveType(saved))
                .extracting(x -> ((BusinessException) x).getMessageKey())
                .isEqualTo("calendar.type.codeFixed");
        EventType badColour = new EventType("BAD_" + System.nanoTime() % 100000, "x", "x", "red", false, false, 1, 0);
        assertThatThrownBy(() -> types.saveType(badColour))
                .extracting(x -> ((BusinessException) x).getMessageKey())
                .isEqualTo("calendar.type.colorFormat");
    }
}
