package cn.dangjian.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class PointsApprovalTest {

    @Autowired
    PointsLedgerService ledger;

    @Autowired
    SubmissionService submissions;

    @Autowired
    ApprovalService approvals;

    @Autowired
    MemberPointsService memberPoints;

    @Autowired
    LedgerVerificationService verification;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Autowired
    PointsRulesService rules;

    PointsTestSupport t;
    LocalDate today;
    int year;

    @BeforeEach
    void setUp() {
        t = new PointsTestSupport(users, jdbc);
        today = LocalDate.now(clock);
        year = today.getYear();
    }

    private List<Long> pendingOf(String batch) {
        return jdbc.queryForList("select id from points_submission where batch_key = ? order by id", Long.class, batch);
    }

    @Test
    void secretary_batch_counts_only_after_admin_approval() {
        List<Long> c08 = t.membersOf("C08");
        long a = c08.get(5);
        long b = c08.get(6);
        int beforeA = t.yearNet(a, year);
        int beforeB = t.yearNet(b, year);
        long honour = t.ruleId("HONOUR");
        String batch = t.as(
                Demo.SECRETARY_C08,
                () -> submissions.submit(List.of(
                        new SubmissionInput(a, honour, 7, today, "院级表彰"),
                        new SubmissionInput(b, honour, 6, today, "院级表彰"))));
        assertThat(t.yearNet(a, year)).isEqualTo(beforeA);

        List<Long> ids = pendingOf(batch);
        assertThat(ids).hasSize(2);
        int granted = t.as(Demo.ADMIN, () -> approvals.approve(ids));

        assertThat(granted).isEqualTo(13);
        assertThat(t.yearNet(a, year)).isEqualTo(beforeA + 7);
        assertThat(t.yearNet(b, year)).isEqualTo(beforeB + 6);
        assertThat(t.yearNet(a, year)).isEqualTo(t.ledgerSum(a, year));
        assertThat(jdbc.queryForObject(
                        "select approved_by from points_entry where source_type = 'MANUAL' and source_id = ?",
                        String.class,
                        ids.get(0)))
                .isEqualTo(Demo.ADMIN);
        MemberPoints page = t.as(Demo.ADMIN, () -> memberPoints.memberPoints(a, year));
        assertThat(page.net()).isEqualTo(beforeA + 7);
    }

    @Test
    void rejected_submissions_never_reach_the_ledger() {
        long a = t.membersOf("C08").get(7);
        int before = t.yearNet(a, year);
        String batch = t.as(
                Demo.SECRETARY_C08,
                () -> submissions.submit(List.of(new SubmissionInput(a, t.ruleId("HONOUR"), 5, today, null))));
        List<Long> ids = pendingOf(batch);
        assertThatThrownBy(() -> t.run(Demo.ADMIN, () -> approvals.reject(ids, " ")))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("points.reject.reasonRequired"));
        t.run(Demo.ADMIN, () -> approvals.reject(ids, "材料不全"));
        assertThat(t.yearNet(a, year)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select status from points_submission where id = ?", String.class, ids.get(0)))
                .isEqualTo("REJECTED");
        assertThatThrownBy(() -> t.run(Demo.ADMIN, () -> approvals.approve(ids)))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("points.approve.alreadyDecided"));
    }

    @Test
    void approving_ones_own_submission_is_refused() {
        long a = t.membersOf("C11").get(2);
        String batch = t.as(
                Demo.ADMIN,
                () -> submissions.submit(List.of(new SubmissionInput(a, t.ruleId("HONOUR"), 5, today, null))));
        assertThatThrownBy(() -> t.run(Demo.ADMIN, () -> approvals.approve(pendingOf(batch))))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("points.approve.own"));
    }

    @Test
    void secretary_cannot_submit_for_another_branch() {
        long other = t.membersOf("C11").get(0);
        assertThatThrownBy(() -> t.run(
                        Demo.SECRETARY_C08,
                        () -> submissions.submit(
                                List.of(new SubmissionInput(other, t.ruleId("HONOUR"), 5, today, null)))))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("points.submit.otherBranch"));
    }

    @Test
    void points_outside_the_rules_range_or_the_open_year_are_refused() {
        long a = t.membersOf("C08").get(0);
        long honour = t.ruleId("HONOUR");
        assertThatThrownBy(() -> t.run(
                        Demo.SECRETARY_C08,
                        () -> submissions.submit(List.of(new SubmissionInput(a, honour, 11, today, null)))))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("points.submit.outOfRange"));
        assertThatThrownBy(() -> t.run(
                        Demo.SECRETARY_C08,
                        () -> submissions.submit(
                                List.of(new SubmissionInput(a, honour, 5, LocalDate.of(year - 1, 6, 1), null)))))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("points.submit.closedYear"));
        assertThatThrownBy(() -> t.run(
                        Demo.SECRETARY_C08,
                        () -> submissions.submit(List.of(new SubmissionInput(a, honour, 5, today.plusDays(1), null)))))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void a_members_cannot_submit_or_approve() {
        long a = t.membersOf("C08").get(0);
        assertThatThrownBy(() -> t.run(
                        Demo.MEMBER_C08,
                        () -> submissions.submit(List.of(new SubmissionInput(a, t.ruleId("HONOUR"), 5, today, null)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> t.run(Demo.SECRETARY_C08, () -> approvals.approve(List.of(1L))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_reversal_appends_the_opposite_and_keeps_the_original() {
        long a = t.membersOf("C11").get(3);
        int before = t.yearNet(a, year);
        t.run(Demo.ADMIN, () -> ledger.award(a, t.ruleId("HONOUR"), 8, today, "表彰"));
        long entry = jdbc.queryForObject("select max(id) from points_entry where member_id = ?", Long.class, a);
        t.run(Demo.ADMIN, () -> ledger.reverse(entry, "录入错误"));
        assertThat(t.yearNet(a, year)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select points from points_entry where id = ?", Integer.class, entry))
                .isEqualTo(8);
        assertThat(jdbc.queryForObject("select points from points_entry where reverses_id = ?", Integer.class, entry))
                .isEqualTo(-8);
        assertThatThrownBy(() -> t.run(Demo.ADMIN, () -> ledger.reverse(entry, "again")))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("points.reverse.already"));
        assertThat(t.as(Demo.ADMIN, () -> verification.verifyMember(a)).intact())
                .isTrue();
    }

    @Test
    void the_branch_committee_decides_its_own_branch_when_the_setting_says_so() {
        long a = t.membersOf("C08").get(8);
        long other = t.membersOf("C11").get(8);
        long honour = t.ruleId("HONOUR");
        String batch = t.as(
                Demo.SECRETARY_C08, () -> submissions.submit(List.of(new SubmissionInput(a, honour, 4, today, "表彰"))));
        String otherBatch = t.as(
                Demo.SECRETARY_C11,
                () -> submissions.submit(List.of(new SubmissionInput(other, honour, 4, today, "表彰"))));
        assertThat(t.as(Demo.COMMITTEE_C08, () -> approvals.canApprove()))
                .as("the Party office decides by default")
                .isFalse();
        assertThat(t.as(Demo.COMMITTEE_C08, () -> approvals.countPending())).isZero();
        assertThatThrownBy(() -> t.run(Demo.COMMITTEE_C08, () -> approvals.approve(pendingOf(batch))))
                .isInstanceOf(AccessDeniedException.class);

        setApprover(Approver.BRANCH_COMMITTEE);
        try {
            assertThat(t.as(Demo.COMMITTEE_C08, () -> approvals.canApprove())).isTrue();
            List<Long> visible = t.as(Demo.COMMITTEE_C08, () -> approvals.pending(0, 1000)).stream()
                    .map(SubmissionRow::id)
                    .toList();
            assertThat(visible).containsAll(pendingOf(batch)).doesNotContainAnyElementsOf(pendingOf(otherBatch));
            assertThatThrownBy(() -> t.run(Demo.COMMITTEE_C08, () -> approvals.approve(pendingOf(otherBatch))))
                    .as("another branch's submission is out of reach")
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> t.run(Demo.SECRETARY_C08, () -> approvals.approve(pendingOf(batch))))
                    .as("the submitting secretary sits on the committee but may not decide their own")
                    .isInstanceOfSatisfying(
                            BusinessException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("points.approve.own"));
            int before = t.yearNet(a, year);
            assertThat(t.as(Demo.COMMITTEE_C08, () -> approvals.approve(pendingOf(batch))))
                    .isEqualTo(4);
            assertThat(t.yearNet(a, year)).isEqualTo(before + 4);
            assertThat(t.as(Demo.SECRETARY_C11, () -> approvals.canApprove())).isTrue();
            assertThatThrownBy(() -> t.run(Demo.SECRETARY_C11, () -> approvals.reject(pendingOf(otherBatch), "重复")))
                    .as("the C11 secretary decides C11's submissions, but not their own")
                    .isInstanceOfSatisfying(
                            BusinessException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("points.approve.own"));
            t.run(Demo.ADMIN, () -> approvals.reject(pendingOf(otherBatch), "材料不全"));
        } finally {
            setApprover(Approver.ADMIN);
        }
        SubmissionRow rejected = t.as(Demo.SECRETARY_C11, () -> submissions.mySubmissions(0, 50)).stream()
                .filter(r -> r.batchKey().equals(otherBatch))
                .findFirst()
                .orElseThrow();
        assertThat(rejected.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("材料不全");
        assertThat(rejected.decidedBy()).isEqualTo(Demo.ADMIN);
        assertThat(t.as(Demo.SECRETARY_C08, () -> submissions.mySubmissions(0, 1000)))
                .as("a secretary's list holds only their own submissions")
                .allMatch(r -> r.submittedBy().equals(Demo.SECRETARY_C08));
    }

    @Test
    void beneficiary_cannot_decide_own_line() {
        long self = jdbc.queryForObject(
                "select member_id from user_account where username = ?", Long.class, Demo.COMMITTEE_C08);
        long honour = t.ruleId("HONOUR");
        String bySecretary = t.as(
                Demo.SECRETARY_C08,
                () -> submissions.submit(List.of(new SubmissionInput(self, honour, 3, today, "本人"))));
        String byAdmin =
                t.as(Demo.ADMIN, () -> submissions.submit(List.of(new SubmissionInput(self, honour, 2, today, "本人"))));
        int before = t.yearNet(self, year);
        setApprover(Approver.BRANCH_COMMITTEE);
        try {
            assertThat(t.as(Demo.COMMITTEE_C08, () -> approvals.pending(0, 100_000)))
                    .as("lines about oneself are not offered")
                    .extracting(SubmissionRow::memberId)
                    .doesNotContain(self);
            for (String batch : List.of(bySecretary, byAdmin)) {
                assertThatThrownBy(() -> t.run(Demo.COMMITTEE_C08, () -> approvals.approve(pendingOf(batch))))
                        .as("whoever submitted it")
                        .isInstanceOfSatisfying(
                                BusinessException.class,
                                e -> assertThat(e.getMessageKey()).isEqualTo("points.approve.beneficiary"));
                assertThatThrownBy(() -> t.run(Demo.COMMITTEE_C08, () -> approvals.reject(pendingOf(batch), "no")))
                        .isInstanceOfSatisfying(
                                BusinessException.class,
                                e -> assertThat(e.getMessageKey()).isEqualTo("points.approve.beneficiary"));
            }
            assertThat(t.yearNet(self, year)).isEqualTo(before);
            t.run(Demo.SECRETARY_C08, () -> approvals.reject(pendingOf(byAdmin), "重复"));
        } finally {
            setApprover(Approver.ADMIN);
        }
        assertThat(t.as(Demo.ADMIN, () -> approvals.approve(pendingOf(bySecretary))))
                .isEqualTo(3);
        assertThat(t.yearNet(self, year)).isEqualTo(before + 3);
    }

    private void setApprover(Approver approver) {
        t.run(Demo.ADMIN, () -> {
            PointsSettings s = rules.settings();
            s.setApprover(approver);
            rules.saveSettings(s);
        });
    }
}
