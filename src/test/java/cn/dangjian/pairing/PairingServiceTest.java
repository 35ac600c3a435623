package cn.dangjian.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.contracts.PairingDirectory;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class PairingServiceTest {

    static final byte[] PDF = "%PDF-1.4\n%test\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    PairingService pairings;

    @Autowired
    PairingEditService edits;

    @Autowired
    PairingLifecycleService lifecycle;

    @Autowired
    PairingEvidenceService evidence;

    @Autowired
    PairingOverviewService overview;

    @Autowired
    ExternalUnitService units;

    @Autowired
    PairingDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    PairingFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new PairingFixtures(edits, lifecycle, jdbc, users);
    }

    private int rowsTitled(String title) {
        return jdbc.queryForObject("select count(*) from pairing where agreement_title = ?", Integer.class, title);
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOf(BusinessException.class)
                .satisfies(
                        e -> assertThat(((BusinessException) e).getMessageKey()).isEqualTo(key));
    }

    /** Not found or forbidden: either way the secretary learns nothing and changes nothing. */
    private static void denied(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfAny(NotFoundException.class, AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void secretary_cannot_read_or_change_another_branch_pairing_through_any_service_method() {
        Long foreign = fx.active("F04", "T01", "财务后勤与检验共建-" + System.nanoTime(), PairingFixtures.freshStart());
        Long goalId = jdbc.queryForObject("select min(id) from pairing_goal where pairing_id = ?", Long.class, foreign);
        long goalVersion = jdbc.queryForObject("select version from pairing_goal where id = ?", Long.class, goalId);
        Long foreignEvidence = evidence.record(
                foreign, new EvidenceForm(EvidenceKind.OTHER, "外支部记录", LocalDate.now(), null, Set.of()));
        edits.save(pairings.form(foreign), new AttachmentUpload("a.pdf", PDF));
        PairingForm foreignForm = pairings.form(foreign);
        long version = fx.version(foreign);
        Long t01 = fx.branch("T01");

        fx.as(Demo.SECRETARY_C08, () -> {
            assertThat(pairings.search(PairingFilter.none(), 0, 500, Sort.unsorted()))
                    .extracting(PairingRow::id)
                    .doesNotContain(foreign);
            assertThat(pairings.search(new PairingFilter(t01, null, null, null), 0, 500, Sort.unsorted()))
                    .isEmpty();
            assertThat(pairings.count(new PairingFilter(t01, null, null, null))).isZero();
            denied(() -> pairings.detail(foreign));
            denied(() -> pairings.form(foreign));
            denied(() -> edits.save(foreignForm, null));
            denied(() -> edits.save(
                    PairingFixtures.form(fx.branch("F04"), t01, "越权新建", PairingFixtures.freshStart()), null));
            denied(() -> edits.deleteDraft(foreign, version));
            denied(() -> pairings.attachment(foreign));
            denied(() -> edits.removeAttachment(foreign, version));
            denied(() -> lifecycle.activate(foreign, version));
            denied(() -> lifecycle.startReview(foreign, version, null));
            denied(() -> lifecycle.renew(foreign, version, LocalDate.of(2100, 1, 1), null));
            denied(() -> lifecycle.end(foreign, version, null));
            denied(() -> evidence.record(
                    foreign, new EvidenceForm(EvidenceKind.OTHER, "越权记录", LocalDate.now(), null, Set.of())));
            denied(() -> evidence.remove(foreignEvidence));
            denied(() -> evidence.setGoalMet(goalId, goalVersion, true));
            denied(() -> directory.activePairingsOf(t01));
            denied(() -> overview.matrix());
            denied(() -> overview.suggestPartners(fx.branch("C13")));
            denied(() -> units.save(new ExternalUnitInput(
                    null, 0, "越权单位", ExternalUnitType.OTHER, AllianceLevel.SOCIETY, null, null, null)));
        });
        // Nothing the secretary tried left a trace.
        assertThat(pairings.detail(foreign).status()).isEqualTo(PairingStatus.ACTIVE);
        assertThat(pairings.detail(foreign).evidence())
                .extracting(PairingDetail.EvidenceItem::id)
                .containsExactly(foreignEvidence);
        assertThat(pairings.detail(foreign).attachment()).isNotNull();
        assertThat(fx.version(foreign)).isEqualTo(version);
        assertThat(rowsTitled("越权新建")).isZero();
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_sees_only_pairings_of_own_branch_whatever_the_filter() {
        Long own = fx.branch("C08");
        List<PairingRow> rows = pairings.search(PairingFilter.none(), 0, 500, Sort.by("branch"));
        assertThat(rows).isNotEmpty().allMatch(r -> r.branchId().equals(own) || own.equals(r.partnerBranchId()));
        assertThat(pairings.count(PairingFilter.none())).isEqualTo(rows.size());
        assertThat(directory.activePairingsOf(own)).isNotEmpty();
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void a_member_cannot_list_pairings() {
        denied(() -> pairings.search(PairingFilter.none(), 0, 10, Sort.unsorted()));
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_proposes_a_draft_for_own_branch_and_an_admin_activates_it() {
        String title = "妇产科提议共建-" + System.nanoTime();
        Long id = edits.save(
                PairingFixtures.form(fx.branch("F04"), fx.branch("C08"), title, PairingFixtures.freshStart()), null);
        PairingDetail draft = pairings.detail(id);
        assertThat(draft.status()).isEqualTo(PairingStatus.DRAFT);
        assertThat(draft.canEdit()).isTrue();
        assertThat(draft.canManage()).isFalse();
        assertThat(draft.transitions())
                .singleElement()
                .satisfies(t -> assertThat(t.actor()).isEqualTo(Demo.SECRETARY_C08));
        assertThatThrownBy(() -> lifecycle.activate(id, fx.version(id))).isInstanceOf(AccessDeniedException.class);
        fx.as(Demo.ADMIN, () -> lifecycle.activate(id, fx.version(id)));
        PairingDetail active = pairings.detail(id);
        assertThat(active.status()).isEqualTo(PairingStatus.ACTIVE);
        assertThat(active.canEdit()).isFalse();
        assertThat(active.canRecordEvidence()).isTrue();
        assertThat(active.transitions())
                .extracting(PairingDetail.TransitionItem::actor)
                .containsExactly(Demo.SECRETARY_C08, Demo.ADMIN);
        // Once active, the secretary may no longer change the agreement but records evidence for it.
        denied(() -> edits.save(pairings.form(id), null));
        evidence.record(id, new EvidenceForm(EvidenceKind.JOINT_ACTIVITY, "联合主题党日", LocalDate.now(), null, Set.of()));
        assertThat(pairings.detail(id).evidence()).hasSize(1);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void an_overlapping_duplicate_live_pairing_between_the_same_parties_is_refused() {
        LocalDate start = PairingFixtures.freshStart();
        fx.active("F05", "T03", "信息与药学共建-" + System.nanoTime(), start);
        // The same two parties the other way round, overlapping by a year.
        Long twin = edits.save(
                PairingFixtures.form(
                        fx.branch("T03"), fx.branch("F05"), "重复共建-" + System.nanoTime(), start.plusYears(1)),
                null);
        refused(() -> lifecycle.activate(twin, fx.version(twin)), "pairing.duplicate");
        assertThat(pairings.detail(twin).status()).isEqualTo(PairingStatus.DRAFT);
        // After the first term ends, a new term is fine.
        Long next = edits.save(
                PairingFixtures.form(
                        fx.branch("T03"),
                        fx.branch("F05"),
                        "下一期共建-" + System.nanoTime(),
                        start.plusYears(2).plusDays(1)),
                null);
        lifecycle.activate(next, fx.version(next));
        assertThat(pairings.detail(next).status()).isEqualTo(PairingStatus.ACTIVE);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void duplicate_external_pairing_is_refused_too() {
        ExternalUnit unit = units.save(new ExternalUnitInput(
                null,
                0,
                "测试街道党工委-" + System.nanoTime(),
                ExternalUnitType.STREET_OR_TOWN_COMMITTEE,
                AllianceLevel.SOCIETY,
                null,
                null,
                null));
        LocalDate start = PairingFixtures.freshStart();
        PairingForm base = PairingFixtures.form(fx.branch("C02"), null, "街道共建-" + System.nanoTime(), start);
        PairingForm external = new PairingForm(
                null,
                0,
                PairingKind.EXTERNAL,
                base.branchId(),
                null,
                unit.getId(),
                base.agreementTitle(),
                base.signedDate(),
                base.termStart(),
                base.termEnd(),
                null,
                null,
                null,
                base.goals());
        Long first = edits.save(external, null);
        lifecycle.activate(first, fx.version(first));
        Long second = edits.save(external, null);
        refused(() -> lifecycle.activate(second, fx.version(second)), "pairing.duplicate");
        assertThat(pairings.detail(first).level()).isEqualTo(AllianceLevel.SOCIETY);
        refused(() -> units.delete(unit.getId()), "pairing.unit.inUse");
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void bad_dates_are_refused_and_nothing_is_saved() {
        LocalDate start = PairingFixtures.freshStart();
        String title = "日期错误-" + System.nanoTime();
        PairingForm ok = PairingFixtures.form(fx.branch("F01"), fx.branch("T02"), title, start);
        PairingForm endBeforeStart = new PairingForm(
                null,
                0,
                ok.kind(),
                ok.branchId(),
                ok.partnerBranchId(),
                null,
                title,
                null,
                start,
                start.minusDays(1),
                null,
                null,
                null,
                List.of());
        refused(() -> edits.save(endBeforeStart, null), "pairing.termEndBeforeStart");
        PairingForm goalOutside = new PairingForm(
                null,
                0,
                ok.kind(),
                ok.branchId(),
                ok.partnerBranchId(),
                null,
                title,
                null,
                start,
                start.plusYears(1),
                null,
                null,
                null,
                List.of(new PairingForm.GoalForm(null, GoalDimension.JOINT_STUDY, "联学", null, start.plusYears(3))));
        refused(() -> edits.save(goalOutside, null), "pairing.goal.dueOutsideTerm");
        PairingForm self = new PairingForm(
                null,
                0,
                ok.kind(),
                ok.branchId(),
                ok.branchId(),
                null,
                title,
                null,
                start,
                start.plusYears(1),
                null,
                null,
                null,
                List.of());
        refused(() -> edits.save(self, null), "pairing.samePartner");
        PairingForm blank = new PairingForm(
                null,
                0,
                ok.kind(),
                ok.branchId(),
                ok.partnerBranchId(),
                null,
                " ",
                null,
                start,
                start.plusYears(1),
                null,
                null,
                null,
                List.of());
        refused(() -> edits.save(blank, null), "validation.required");
        assertThat(rowsTitled(title)).isZero();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void attachments_are_type_checked_by_content_size_limited_and_never_half_saved() {
        String title = "附件测试-" + System.nanoTime();
        PairingForm form =
                PairingFixtures.form(fx.branch("F01"), fx.branch("T02"), title, PairingFixtures.freshStart());
        byte[] exe = "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1);
        refused(() -> edits.save(form, new AttachmentUpload("协议.pdf", exe)), "pairing.attachment.badType");
        byte[] huge = new byte[AttachmentRules.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        refused(() -> edits.save(form, new AttachmentUpload("协议.pdf", huge)), "pairing.attachment.tooLarge");
        assertThat(rowsTitled(title)).isZero();

        Long id = edits.save(form, new AttachmentUpload("协议.pdf", PDF));
        PairingService.AttachmentData stored = pairings.attachment(id);
        assertThat(stored.data()).isEqualTo(PDF);
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        // A bad replacement leaves the pairing and its document as they were.
        PairingForm edit = pairings.form(id);
        PairingForm renamed = new PairingForm(
                edit.id(),
                edit.version(),
                edit.kind(),
                edit.branchId(),
                edit.partnerBranchId(),
                null,
                title + "-改",
                edit.signedDate(),
                edit.termStart(),
                edit.termEnd(),
                null,
                null,
                null,
                edit.goals());
        refused(() -> edits.save(renamed, new AttachmentUpload("scan.png", PDF)), "pairing.attachment.badType");
        assertThat(pairings.detail(id).agreementTitle()).isEqualTo(title);
        assertThat(pairings.attachment(id).fileName()).isEqualTo("协议.pdf");
        edits.removeAttachment(id, fx.version(id));
        assertThat(pairings.detail(id).attachment()).isNull();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void a_stale_form_gets_a_conflict_even_when_only_goals_changed() {
        Long id = edits.save(
                PairingFixtures.form(
                        fx.branch("F01"), fx.branch("T03"), "并发测试-" + System.nanoTime(), PairingFixtures.freshStart()),
                null);
        PairingForm first = pairings.form(id);
        PairingForm second = pairings.form(id);
        List<PairingForm.GoalForm> oneGoal = List.of(first.goals().get(0));
        edits.save(
                new PairingForm(
                        first.id(),
                        first.version(),
                        first.kind(),
                        first.branchId(),
                        first.partnerBranchId(),
                        null,
                        first.agreementTitle(),
                        first.signedDate(),
                        first.termStart(),
                        first.termEnd(),
                        null,
                        null,
                        null,
                        oneGoal),
                null);
        refused(() -> edits.save(second, null), "error.conflict");
        assertThat(pairings.detail(id).goals()).hasSize(1);
        refused(() -> lifecycle.activate(id, second.version()), "error.conflict");
        refused(() -> edits.deleteDraft(id, second.version()), "error.conflict");
        edits.deleteDraft(id, fx.version(id));
        assertThatThrownBy(() -> pairings.detail(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void lifecycle_goes_draft_active_review_renewed_ended_and_records_every_step() {
        LocalDate start = PairingFixtures.freshStart();
        PairingForm unsigned =
                PairingFixtures.form(fx.branch("F03"), fx.branch("T04"), "生命周期-" + System.nanoTime(), start);
        unsigned = new PairingForm(
                null,
                0,
                unsigned.kind(),
                unsigned.branchId(),
                unsigned.partnerBranchId(),
                null,
                unsigned.agreementTitle(),
                null,
                start,
                unsigned.termEnd(),
                null,
                null,
                null,
                unsigned.goals());
        Long id = edits.save(unsigned, null);
        refused(() -> lifecycle.activate(id, fx.version(id)), "pairing.activate.needsSignature");
        refused(() -> lifecycle.startReview(id, fx.version(id), null), "pairing.transition.notAllowed");
        PairingForm signed = pairings.form(id);
        edits.save(
                new PairingForm(
                        signed.id(),
                        signed.version(),
                        signed.kind(),
                        signed.branchId(),
                        signed.partnerBranchId(),
                        null,
                        signed.agreementTitle(),
                        start,
                        start,
                        signed.termEnd(),
                        null,
                        null,
                        null,
                        signed.goals()),
                null);
        lifecycle.activate(id, fx.version(id));
        lifecycle.startReview(id, fx.version(id), "年度评估");
        LocalDate oldEnd = pairings.detail(id).termEnd();
        refused(() -> lifecycle.renew(id, fx.version(id), oldEnd, null), "pairing.renew.endNotLater");
        lifecycle.renew(id, fx.version(id), oldEnd.plusYears(1), "续签一年");
        assertThat(pairings.detail(id).termEnd()).isEqualTo(oldEnd.plusYears(1));
        lifecycle.end(id, fx.version(id), "到期终止");
        PairingDetail ended = pairings.detail(id);
        assertThat(ended.status()).isEqualTo(PairingStatus.ENDED);
        assertThat(ended.transitions())
                .extracting(PairingDetail.TransitionItem::to)
                .containsExactly(
                        PairingStatus.DRAFT,
                        PairingStatus.ACTIVE,
                        PairingStatus.UNDER_REVIEW,
                        PairingStatus.RENEWED,
                        PairingStatus.ENDED);
        assertThat(ended.transitions()).allMatch(t -> t.actor().equals(Demo.ADMIN) && t.at() != null);
        assertThat(ended.transitions().get(2).note()).isEqualTo("年度评估");
        assertThat(ended.health()).isNull();
        refused(
                () -> evidence.record(
                        id, new EvidenceForm(EvidenceKind.OTHER, "终止后记录", LocalDate.now(), null, Set.of())),
                "pairing.evidence.notLive");
        Integer audits = jdbc.queryForObject(
                "select count(*) from audit_log where entity_type = 'Pairing' and entity_id = ?", Integer.class, id);
        assertThat(audits).isGreaterThanOrEqualTo(6);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void health_follows_evidence_and_goals_and_is_filterable() {
        LocalDate today = LocalDate.now();
        String title = "活跃度测试-" + System.nanoTime();
        PairingForm f = new PairingForm(
                null,
                0,
                PairingKind.INTERNAL,
                fx.branch("F04"),
                fx.branch("T04"),
                null,
                title,
                today.minusDays(200),
                today.minusDays(200),
                today.plusDays(300),
                null,
                null,
                null,
                List.of(new PairingForm.GoalForm(
                        null, GoalDimension.JOINT_ACTIVITIES, "联合党日 2 次", 2, today.minusDays(10))));
        Long id = edits.save(f, null);
        lifecycle.activate(id, fx.version(id));
        assertThat(pairings.detail(id).health().health()).isEqualTo(PairingHealth.DORMANT);
        assertThat(pairings.search(new PairingFilter(null, null, null, PairingHealth.DORMANT), 0, 500, Sort.unsorted()))
                .extracting(PairingRow::id)
                .contains(id);
        Long goal = pairings.detail(id).goals().get(0).id();
        evidence.record(
                id, new EvidenceForm(EvidenceKind.JOINT_ACTIVITY, "第一次联合党日", today.minusDays(5), null, Set.of(goal)));
        PairingDetail slowing = pairings.detail(id);
        assertThat(slowing.health().health()).isEqualTo(PairingHealth.SLOWING);
        assertThat(slowing.goals().get(0).linkedEvidence()).isEqualTo(1);
        assertThat(slowing.goals().get(0).overdue()).isTrue();
        evidence.record(
                id, new EvidenceForm(EvidenceKind.JOINT_ACTIVITY, "第二次联合党日", today.minusDays(1), null, Set.of(goal)));
        PairingDetail alive = pairings.detail(id);
        assertThat(alive.health().health()).isEqualTo(PairingHealth.ALIVE);
        assertThat(alive.goals().get(0).met()).isTrue();
        assertThat(pairings.search(new PairingFilter(null, null, null, PairingHealth.ALIVE), 0, 500, Sort.unsorted()))
                .extracting(PairingRow::id)
                .contains(id);
        assertThat(pairings.search(new PairingFilter(null, null, null, PairingHealth.DORMANT), 0, 500, Sort.unsorted()))
                .extracting(PairingRow::id)
                .doesNotContain(id);
        refused(
                () -> evidence.record(
                        id, new EvidenceForm(EvidenceKind.OTHER, "明天的事", today.plusDays(1), null, Set.of())),
                "pairing.evidence.future");
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void matrix_marks_clinical_branches_without_functional_partner_and_suggests_in_words() {
        PairingMatrix m = overview.matrix();
        Long c13 = fx.branch("C13");
        assertThat(m.unpairedClinical())
                .extracting(b -> b.code())
                .contains("C13", "C11")
                .doesNotContain("C01", "C08");
        assertThat(m.functional()).extracting(b -> b.code()).containsExactly("F01", "F02", "F03", "F04", "F05");
        assertThat(m.cell(fx.branch("C01"), fx.branch("F02"))).isNotNull();
        List<PartnerSuggestionRule.Suggestion> s = overview.suggestPartners(c13);
        assertThat(s).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(s).allMatch(x -> !x.reasons().isEmpty());
        int best = s.get(0).candidate().livePairings();
        assertThat(s).allMatch(x -> x.candidate().livePairings() >= best);
        refused(() -> overview.suggestPartners(fx.branch("F01")), "pairing.suggest.notServed");
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void directory_offers_live_pairings_with_goals_but_not_drafts() {
        Long t01 = fx.branch("T01");
        Long live = fx.active("F03", "T01", "护理与检验共建-" + System.nanoTime(), PairingFixtures.freshStart());
        Long draft = edits.save(
                PairingFixtures.form(fx.branch("F02"), t01, "草案-" + System.nanoTime(), PairingFixtures.freshStart()),
                null);
        List<PairingDirectory.PairingOption> options = directory.activePairingsOf(t01);
        assertThat(options)
                .extracting(PairingDirectory.PairingOption::pairingId)
                .contains(live)
                .doesNotContain(draft);
        assertThat(options.stream()
                        .filter(o -> o.pairingId() == live)
                        .findFirst()
                        .orElseThrow()
                        .goals())
                .hasSize(2);
    }
}
