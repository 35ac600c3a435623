package cn.dangjian.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.common.contracts.FollowUpFacts;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.SignedIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The follow-up workflow end to end, with the evidence read from the calendar, and its access rules. */
@IntegrationTest
class FollowUpWorkflowTest {

    @Autowired
    KeyTaskService tasks;

    @Autowired
    AssignmentService assignments;

    @Autowired
    FollowUpFacts facts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private int year() {
        return LocalDate.now(clock).getYear();
    }

    private long branch(String code) {
        return jdbc.queryForObject("select id from party_branch where code = ?", Long.class, code);
    }

    private TaskInput themedDays(int count, Set<Long> branches, LocalDate due) {
        return new TaskInput(
                year(),
                "测试：主题党日 " + count + " 次",
                null,
                "测试",
                OwnerKind.BRANCHES,
                branches,
                due,
                null,
                EvidenceKind.EVENTS,
                EventTypeCodes.THEMED_DAY,
                count,
                LocalDate.of(year(), 1, 1),
                null);
    }

    /** Publishes as the administrator and returns the one assignment of {@code code}. */
    private AssignmentRow publishFor(TaskInput in, String code) {
        return SignedIn.as(users, Demo.ADMIN, () -> {
            KeyTask task = tasks.save(null, 0, in);
            assertThat(tasks.publish(task.getId())).isEqualTo(in.branchIds().size());
            return assignments.ofTask(task.getId()).stream()
                    .filter(r -> r.branchId() == branch(code))
                    .findFirst()
                    .orElseThrow();
        });
    }

    private AssignmentRow reload(String user, long id) {
        return SignedIn.as(users, user, () -> assignments.detail(id).row());
    }

    @Test
    void a_report_links_the_held_events_is_sent_back_completed_and_accepted() {
        long c08 = branch("C08");
        AssignmentRow a = publishFor(themedDays(1, Set.of(c08), LocalDate.of(year(), 12, 31)), "C08");
        assertThat(a.state()).isEqualTo(AssignmentState.ISSUED);
        List<Long> held =
                jdbc.queryForList("""
                select e.id from cal_event e join cal_event_type t on t.id = e.event_type_id
                where e.branch_id = ? and t.code = 'THEMED_DAY' and e.status = 'HELD'
                  and e.held_date between ? and ? order by e.id""", Long.class, c08, LocalDate.of(year(), 1, 1), LocalDate.of(year(), 12, 31));
        assertThat(held).as("the demo calendar holds themed days for C08").isNotEmpty();

        SignedIn.run(users, Demo.SECRETARY_C08, () -> {
            assertThat(assignments.assignments(year()))
                    .extracting(AssignmentRow::id)
                    .contains(a.id());
            assertThat(assignments.assignments(year())).allMatch(r -> r.branchId() != null && r.branchId() == c08);
            assignments.report(a.id(), new ReportInput(a.version(), "第一次报结", null, List.of()));
            assertThatThrownBy(() -> assignments.report(
                            a.id(),
                            new ReportInput(reload(Demo.SECRETARY_C08, a.id()).version(), "again", null, List.of())))
                    .isInstanceOf(BusinessException.class)
                    .hasMessageContaining("plan.assignment.alreadyReported");
        });
        assertThat(jdbc.queryForList(
                        "select event_id from plan_assignment_event where assignment_id = ? order by event_id",
                        Long.class,
                        a.id()))
                .as("entered once: the held events were found on the calendar, not typed in")
                .containsExactlyElementsOf(held);

        SignedIn.run(
                users,
                Demo.ADMIN,
                () -> assignments.sendBack(a.id(), reload(Demo.ADMIN, a.id()).version(), "请补充会议记录"));
        assertThat(reload(Demo.ADMIN, a.id()).state()).isEqualTo(AssignmentState.RETURNED);
        SignedIn.run(
                users,
                Demo.SECRETARY_C08,
                () -> assignments.report(
                        a.id(),
                        new ReportInput(reload(Demo.SECRETARY_C08, a.id()).version(), "已补充", null, List.of())));
        SignedIn.run(
                users,
                Demo.ADMIN,
                () -> assignments.accept(a.id(), reload(Demo.ADMIN, a.id()).version()));

        AssignmentDetail done = SignedIn.as(users, Demo.ADMIN, () -> assignments.detail(a.id()));
        assertThat(done.row().state()).isEqualTo(AssignmentState.ACCEPTED);
        assertThat(done.steps())
                .extracting(AssignmentStep::getTo)
                .containsExactly(
                        AssignmentState.ISSUED,
                        AssignmentState.IN_PROGRESS,
                        AssignmentState.REPORTED,
                        AssignmentState.RETURNED,
                        AssignmentState.IN_PROGRESS,
                        AssignmentState.REPORTED,
                        AssignmentState.ACCEPTED);
        assertThat(done.steps().get(3).getReason()).isEqualTo("请补充会议记录");
        assertThat(done.steps().get(3).getActor()).isEqualTo(Demo.ADMIN);
        assertThat(done.steps().get(2).getActor()).isEqualTo(Demo.SECRETARY_C08);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where entity_type = 'Assignment' and entity_id = ?",
                        Integer.class,
                        a.id()))
                .isEqualTo(6);
        FollowUpFacts.Assignments c08Facts =
                SignedIn.as(users, Demo.LEADER, () -> facts.assignments(year()).get(c08));
        assertThat(c08Facts.accepted()).isGreaterThanOrEqualTo(1);
        assertThat(c08Facts.acceptedOnTime()).isLessThanOrEqualTo(c08Facts.accepted());
    }

    @Test
    void a_report_without_the_held_events_is_refused_with_the_counts() {
        AssignmentRow a = publishFor(themedDays(50, Set.of(branch("C08")), LocalDate.of(year(), 12, 31)), "C08");
        SignedIn.run(
                users,
                Demo.SECRETARY_C08,
                () -> assertThatThrownBy(
                                () -> assignments.report(a.id(), new ReportInput(a.version(), "完成", null, List.of())))
                        .isInstanceOf(BusinessException.class)
                        .hasMessageContaining("plan.assignment.missingEvents"));
        assertThat(reload(Demo.ADMIN, a.id()).state()).isEqualTo(AssignmentState.ISSUED);
    }

    @Test
    void another_branch_secretary_gets_not_found_for_the_assignment() {
        AssignmentRow a = publishFor(themedDays(1, Set.of(branch("C08")), LocalDate.of(year(), 12, 31)), "C08");
        SignedIn.run(users, Demo.SECRETARY_C11, () -> {
            assertThatThrownBy(() -> assignments.detail(a.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> assignments.report(a.id(), new ReportInput(a.version(), "x", null, List.of())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> assignments.start(a.id(), a.version())).isInstanceOf(NotFoundException.class);
            assertThat(assignments.assignments(year())).noneMatch(r -> r.id() == a.id());
        });
    }

    @Test
    void nobody_accepts_their_own_report() {
        AssignmentRow a = SignedIn.as(users, Demo.ADMIN, () -> {
            KeyTask task = tasks.save(
                    null,
                    0,
                    new TaskInput(
                            year(),
                            "测试：党办自办",
                            null,
                            "测试",
                            OwnerKind.OFFICE,
                            Set.of(),
                            LocalDate.of(year(), 12, 31),
                            null,
                            EvidenceKind.NONE,
                            null,
                            null,
                            null,
                            null));
            tasks.publish(task.getId());
            AssignmentRow row = assignments.ofTask(task.getId()).getFirst();
            assignments.report(row.id(), new ReportInput(row.version(), "已完成", null, List.of()));
            return row;
        });
        SignedIn.run(
                users,
                Demo.ADMIN,
                () -> assertThatThrownBy(() -> assignments.accept(
                                a.id(), reload(Demo.ADMIN, a.id()).version()))
                        .isInstanceOf(BusinessException.class)
                        .hasMessageContaining("plan.assignment.ownReport"));
        assertThat(reload(Demo.ADMIN, a.id()).state()).isEqualTo(AssignmentState.REPORTED);
    }

    @Test
    void a_due_date_outside_the_year_is_refused_and_secretaries_cannot_write_tasks() {
        SignedIn.run(
                users,
                Demo.ADMIN,
                () -> assertThatThrownBy(() -> tasks.save(
                                null, 0, themedDays(1, Set.of(branch("C08")), LocalDate.of(year() + 1, 1, 15))))
                        .isInstanceOf(BusinessException.class)
                        .hasMessageContaining("plan.task.dueOutsideYear"));
        SignedIn.run(
                users,
                Demo.SECRETARY_C08,
                () -> assertThatThrownBy(() ->
                                tasks.save(null, 0, themedDays(1, Set.of(branch("C08")), LocalDate.of(year(), 12, 1))))
                        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class));
    }

    @Test
    void a_secretary_cannot_review() {
        AssignmentRow a = publishFor(themedDays(1, Set.of(branch("C08")), LocalDate.of(year(), 12, 31)), "C08");
        SignedIn.run(users, Demo.SECRETARY_C08, () -> {
            assignments.report(a.id(), new ReportInput(a.version(), "完成", null, List.of()));
            assertThatThrownBy(() -> assignments.accept(
                            a.id(), reload(Demo.SECRETARY_C08, a.id()).version()))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        });
    }
}
