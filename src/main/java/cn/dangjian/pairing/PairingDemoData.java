package cn.dangjian.pairing;

import cn.dangjian.demo.DemoDataContributor;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo hospital's pairings, built through the services so every rule applies: the seeds'
 * examples (康复中医 with 妇产科, a town Party committee for free clinics, a Shanghai hospital's
 * oncology branch with 肿瘤科), alive, slowing and dormant ones, one past its term, one under
 * review, one ended, a secretary's draft, and clinical branches left without a functional partner.
 */
@Component
@Profile("demo")
class PairingDemoData implements DemoDataContributor {

    private final PairingEditService pairings;
    private final PairingLifecycleService lifecycle;
    private final PairingEvidenceService evidence;
    private final ExternalUnitService units;
    private final JdbcTemplate jdbc;
    private final UserDetailsService users;
    private final Clock clock;
    private LocalDate today;
    private final Random random = new Random(20261123);

    PairingDemoData(
            PairingEditService pairings,
            PairingLifecycleService lifecycle,
            PairingEvidenceService evidence,
            ExternalUnitService units,
            JdbcTemplate jdbc,
            UserDetailsService users,
            Clock clock) {
        this.pairings = pairings;
        this.lifecycle = lifecycle;
        this.evidence = evidence;
        this.units = units;
        this.jdbc = jdbc;
        this.users = users;
        this.today = LocalDate.now(clock);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public boolean alreadyLoaded() {
        Integer n = jdbc.queryForObject("select count(*) from pairing_external_unit", Integer.class);
        return n != null && n > 0;
    }

    @Override
    @Transactional
    public void load() {
        today = LocalDate.now(clock);
        Long town =
                unit("城南镇党委", ExternalUnitType.STREET_OR_TOWN_COMMITTEE, AllianceLevel.SOCIETY, "陈建国", "020-84561234");
        Long community = unit(
                "城东社区卫生服务中心党支部",
                ExternalUnitType.COMMUNITY_HEALTH_CENTRE,
                AllianceLevel.MEDICAL_ALLIANCE,
                "林晓梅",
                "020-84669988");
        Long shanghai = unit(
                "上海中医药大学附属岳阳医院肿瘤党支部",
                ExternalUnitType.HOSPITAL_BRANCH,
                AllianceLevel.MEDICAL_ALLIANCE,
                "王立群",
                "021-65161782");
        unit("城南实验中学党总支", ExternalUnitType.SCHOOL, AllianceLevel.SOCIETY, "周敏", null);

        // Seed 003: 康复中医 with 妇产科, signed agreement with its document, alive.
        Long rehab = active(
                internal("C11", "C08", "党建引领聚合力、业务协作促发展共建协议", 210, 520, "刘运磊", "妇产科支部书记"),
                true,
                210,
                goals(
                        210,
                        520,
                        GoalDimension.JOINT_STUDY,
                        "每半年联合开展一次政治理论学习",
                        2,
                        GoalDimension.SHARED_RESOURCES,
                        "中医适宜技术进产后康复门诊",
                        null,
                        GoalDimension.JOINT_ACTIVITIES,
                        "联合开展“中医药文化进校园”等义诊宣教活动 4 次",
                        4));
        evidenceAt(rehab, 12, EvidenceKind.JOINT_ACTIVITY, "联合主题党日：中医药文化进校园", 0, 2);
        evidenceAt(rehab, 40, EvidenceKind.SHARED_TRAINING, "产后康复中医适宜技术培训", 1);
        evidenceAt(rehab, 75, EvidenceKind.JOINT_ACTIVITY, "政治理论联学：学习贯彻党的二十届三中全会精神", 0);
        evidenceAt(rehab, 150, EvidenceKind.JOINT_ACTIVITY, "联合义诊：关爱妇女健康", 2);

        // Seed 000: 医务质控 serves several wards — alive, slowing, dormant.
        Long f02c01 = active(
                internal("F02", "C01", "职能部门服务型党支部共建协议（心血管内科）", 300, 430, "医务部主任", "心内科支部书记"),
                false,
                300,
                goals(
                        300,
                        430,
                        GoalDimension.BUSINESS_LINKAGE,
                        "解决心内科出院结算排队时间过长问题",
                        null,
                        GoalDimension.JOINT_ACTIVITIES,
                        "每季度联合主题党日 1 次",
                        4,
                        GoalDimension.TEAM_DEVELOPMENT,
                        "联合培养 2 名业务骨干入党积极分子",
                        null));
        evidenceAt(f02c01, 8, EvidenceKind.BUSINESS_PROBLEM_SOLVED, "出院结算流程再造，平均等待缩短至 15 分钟", 0);
        evidenceAt(f02c01, 35, EvidenceKind.JOINT_ACTIVITY, "联合主题党日：病历质控进科室", 1);
        evidenceAt(f02c01, 120, EvidenceKind.JOINT_ACTIVITY, "联合主题党日：医疗质量安全月", 1);
        markFirstGoalMet(f02c01);
        Long f02c04 = active(
                internal("F02", "C04", "职能部门服务型党支部共建协议（普通外科）", 250, 480, "医务部主任", "普外科支部书记"),
                false,
                250,
                goals(
                        250,
                        480,
                        GoalDimension.BUSINESS_LINKAGE,
                        "缩短择期手术术前等待时间",
                        null,
                        GoalDimension.JOINT_ACTIVITIES,
                        "每季度联合主题党日 1 次",
                        4));
        evidenceAt(f02c04, 50, EvidenceKind.JOINT_ACTIVITY, "联合主题党日：手术安全核查", 1);
        evidenceAt(f02c04, 160, EvidenceKind.JOINT_ACTIVITY, "联合主题党日：合理用药", 1);
        Long f02c10 = active(
                internal("F02", "C10", "职能部门服务型党支部共建协议（急诊重症）", 330, 400, "医务部主任", "急诊科支部书记"),
                false,
                330,
                goals(
                        330,
                        400,
                        GoalDimension.BUSINESS_LINKAGE,
                        "优化急诊绿色通道院内会诊响应",
                        null,
                        GoalDimension.JOINT_ACTIVITIES,
                        "每季度联合主题党日 1 次",
                        4));
        evidenceAt(f02c10, 170, EvidenceKind.JOINT_ACTIVITY, "联合主题党日：胸痛中心建设", 1);

        // 护理 with 儿科 (alive), 妇产科 (alive) and 骨科 (past its term: asks for review, dormant).
        Long f03c09 = active(
                internal("F03", "C09", "护理党支部与儿科党支部结对共建协议", 180, 550, "护理部主任", "儿科支部书记"),
                false,
                180,
                goals(
                        180,
                        550,
                        GoalDimension.TEAM_DEVELOPMENT,
                        "联合开展儿科护理技能培训 6 次",
                        6,
                        GoalDimension.JOINT_ACTIVITIES,
                        "联合开展志愿服务 4 次",
                        4));
        evidenceAt(f03c09, 5, EvidenceKind.SHARED_TRAINING, "儿科静脉留置针技能培训", 0);
        evidenceAt(f03c09, 30, EvidenceKind.JOINT_ACTIVITY, "“六一”病房志愿服务", 1);
        evidenceAt(f03c09, 66, EvidenceKind.SHARED_TRAINING, "儿童急救护理培训", 0);
        Long f03c08 = active(
                internal("F03", "C08", "护理党支部与妇产科党支部结对共建协议", 120, 600, "护理部主任", "妇产科支部书记"),
                false,
                120,
                goals(
                        120,
                        600,
                        GoalDimension.TEAM_DEVELOPMENT,
                        "助产士党员业务骨干“双培养”",
                        null,
                        GoalDimension.JOINT_ACTIVITIES,
                        "联合开展孕产妇健康宣教 4 次",
                        4));
        evidenceAt(f03c08, 20, EvidenceKind.JOINT_ACTIVITY, "孕妇学校健康宣教", 1);
        evidenceAt(f03c08, 55, EvidenceKind.JOINT_ACTIVITY, "母乳喂养周义诊", 1);
        Long f03c05 = active(
                internal("F03", "C05", "护理党支部与骨科党支部结对共建协议", 740, -20, "护理部主任", "骨科支部书记"),
                false,
                740,
                goals(740, -20, GoalDimension.JOINT_ACTIVITIES, "联合开展骨科康复护理宣教 4 次", 4));
        evidenceAt(f03c05, 200, EvidenceKind.JOINT_ACTIVITY, "骨质疏松防治健康讲座", 0);

        // 财务后勤 with 医学影像 (medical-technical), 机关第一 with 大内科第二 (renewed), 信息中心 with 大内科第一 (under review).
        Long f04t02 = active(
                internal("F04", "T02", "财务后勤党支部与医学影像党支部共建协议", 200, 500, "财务部主任", "影像科支部书记"),
                false,
                200,
                goals(
                        200,
                        500,
                        GoalDimension.BUSINESS_LINKAGE,
                        "大型设备维保响应时间不超过 24 小时",
                        null,
                        GoalDimension.JOINT_ACTIVITIES,
                        "联合主题党日 4 次",
                        4));
        evidenceAt(f04t02, 25, EvidenceKind.BUSINESS_PROBLEM_SOLVED, "CT 机维保流程优化", 0);
        evidenceAt(f04t02, 60, EvidenceKind.JOINT_ACTIVITY, "联合主题党日：节约型医院建设", 1);
        Long f01c03 = active(
                internal("F01", "C03", "机关第一党支部与大内科第二党支部共建协议", 800, 30, "党办主任", "大内科第二支部书记"),
                false,
                800,
                goals(800, 30, GoalDimension.JOINT_STUDY, "每季度政治理论联学 1 次", 8));
        evidenceAt(f01c03, 15, EvidenceKind.JOINT_ACTIVITY, "政治理论联学：医院高质量发展", 0);
        evidenceAt(f01c03, 70, EvidenceKind.JOINT_ACTIVITY, "政治理论联学：廉洁从医", 0);
        lifecycle.startReview(f01c03, version(f01c03), "到期前评估：活动按季开展");
        lifecycle.renew(f01c03, version(f01c03), today.plusDays(730), "续签两年");
        Long f05c02 = active(
                internal("F05", "C02", "信息中心党支部与大内科第一党支部共建协议", 400, 60, "信息中心主任", "大内科第一支部书记"),
                false,
                400,
                goals(400, 60, GoalDimension.BUSINESS_LINKAGE, "上线呼吸科移动护理信息系统", null));
        evidenceAt(f05c02, 80, EvidenceKind.BUSINESS_PROBLEM_SOLVED, "移动护理系统试点上线", 0);
        lifecycle.startReview(f05c02, version(f05c02), "临床反馈：系统响应仍慢，待评估");

        // An ended pairing: 信息中心 once served 心胸外科 (feeds the "worked together before" suggestion).
        Long ended = active(
                internal("F05", "C07", "信息中心党支部与心胸外科党支部共建协议", 900, 170, "信息中心主任", "心胸外科支部书记"),
                false,
                900,
                goals(900, 170, GoalDimension.BUSINESS_LINKAGE, "手术麻醉信息系统对接", null));
        evidenceAt(ended, 300, EvidenceKind.BUSINESS_PROBLEM_SOLVED, "手麻系统与电子病历对接完成", 0);
        lifecycle.end(ended, version(ended), "目标完成，协议到期");

        // External: a town Party committee for free clinics, the medical alliance, and Shanghai (seed 003).
        Long townPairing = active(
                external("C10", town, "“党建+义诊”镇院共建协议", 150, 580, "急诊科支部书记", "镇党委书记"),
                false,
                150,
                goals(
                        150,
                        580,
                        GoalDimension.LINKED_WORK,
                        "每季度进村义诊 1 次",
                        4,
                        GoalDimension.SHARED_RESOURCES,
                        "为镇卫生院培训急救骨干 20 名",
                        null));
        evidenceAt(townPairing, 10, EvidenceKind.JOINT_ACTIVITY, "重阳节大型专家义诊", 0);
        evidenceAt(townPairing, 45, EvidenceKind.JOINT_ACTIVITY, "“世界镇痛日”进村义诊", 0);
        evidenceAt(townPairing, 88, EvidenceKind.SHARED_TRAINING, "镇卫生院心肺复苏培训", 1);
        Long alliance = active(
                external("C03", community, "医联体党建联盟共建协议", 260, 470, "大内科第二支部书记", "中心支部书记"),
                false,
                260,
                goals(
                        260,
                        470,
                        GoalDimension.SHARED_RESOURCES,
                        "专家下沉坐诊每月 2 次",
                        24,
                        GoalDimension.JOINT_TEAMS,
                        "联合组建家庭医生党员服务队",
                        null));
        evidenceAt(alliance, 65, EvidenceKind.JOINT_ACTIVITY, "专家下沉坐诊：慢病管理", 0);
        Long sh = active(
                external("C12", shanghai, "“传承中医药文化、关爱老区人民健康”共建协议", 160, 570, "肿瘤科支部书记", "岳阳医院肿瘤党支部书记"),
                false,
                160,
                goals(
                        160,
                        570,
                        GoalDimension.JOINT_ACTIVITIES,
                        "联合义诊 2 次",
                        2,
                        GoalDimension.SHARED_RESOURCES,
                        "远程疑难病例讨论每季度 1 次",
                        4));
        evidenceAt(sh, 18, EvidenceKind.JOINT_ACTIVITY, "“传承中医药文化、关爱老区人民健康”联合义诊", 0);
        evidenceAt(sh, 48, EvidenceKind.SHARED_TRAINING, "远程疑难病例讨论：晚期肺癌", 1);

        // A draft proposed by a secretary, waiting for the administrator.
        asUser(
                "sec-c06",
                () -> pairings.save(
                        new PairingForm(
                                null,
                                0,
                                PairingKind.INTERNAL,
                                branch("C06"),
                                branch("F02"),
                                null,
                                "神经外科泌尿外科党支部与医务质控党支部共建协议（草案）",
                                null,
                                today.plusDays(14),
                                today.plusDays(14 + 730),
                                "神经外科泌尿外科支部书记",
                                null,
                                "拟围绕围手术期质控开展共建",
                                goals(-14, 730, GoalDimension.BUSINESS_LINKAGE, "降低非计划再次手术率", null)),
                        null));
    }

    private Long unit(String name, ExternalUnitType type, AllianceLevel level, String contact, @Nullable String phone) {
        return units.save(new ExternalUnitInput(null, 0, name, type, level, contact, phone, null))
                .getId();
    }

    private record Draft(
            PairingKind kind,
            Long branchId,
            @Nullable Long partnerId,
            @Nullable Long unitId,
            String title,
            int startDaysAgo,
            int endDaysAhead,
            String signOwn,
            String signPartner) {}

    private Draft internal(
            String own,
            String partner,
            String title,
            int startDaysAgo,
            int endDaysAhead,
            String signOwn,
            String signPartner) {
        return new Draft(
                PairingKind.INTERNAL,
                branch(own),
                branch(partner),
                null,
                title,
                startDaysAgo,
                endDaysAhead,
                signOwn,
                signPartner);
    }

    private Draft external(
            String own,
            Long unit,
            String title,
            int startDaysAgo,
            int endDaysAhead,
            String signOwn,
            String signPartner) {
        return new Draft(
                PairingKind.EXTERNAL, branch(own), null, unit, title, startDaysAgo, endDaysAhead, signOwn, signPartner);
    }

    /** Goals spread over the term: (dimension, target, count) triples, due in turn across the term. */
    private List<PairingForm.GoalForm> goals(int startDaysAgo, int endDaysAhead, Object... triples) {
        List<PairingForm.GoalForm> result = new ArrayList<>();
        LocalDate start = today.minusDays(startDaysAgo);
        LocalDate end = today.plusDays(endDaysAhead);
        int n = triples.length / 3;
        for (int i = 0; i < n; i++) {
            long span = ChronoUnit.DAYS.between(start, end);
            LocalDate due = i == n - 1 ? end : start.plusDays(span * (i + 1) / (n + 1) + random.nextInt(10));
            result.add(new PairingForm.GoalForm(
                    null,
                    (GoalDimension) triples[i * 3],
                    (String) triples[i * 3 + 1],
                    (Integer) triples[i * 3 + 2],
                    due.isAfter(end) ? end : due));
        }
        return result;
    }

    private Long active(Draft d, boolean withDocument, int signedDaysAgo, List<PairingForm.GoalForm> goals) {
        LocalDate start = today.minusDays(d.startDaysAgo());
        Long id = pairings.save(
                new PairingForm(
                        null,
                        0,
                        d.kind(),
                        d.branchId(),
                        d.partnerId(),
                        d.unitId(),
                        d.title(),
                        today.minusDays(signedDaysAgo),
                        start,
                        today.plusDays(d.endDaysAhead()),
                        d.signOwn(),
                        d.signPartner(),
                        null,
                        goals),
                withDocument ? new AttachmentUpload("共建协议.pdf", demoPdf(d.title())) : null);
        lifecycle.activate(id, version(id));
        var at = Timestamp.from(start.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        jdbc.update(
                "update pairing_transition set happened_at = ? where pairing_id = ? and to_status = 'DRAFT'",
                Timestamp.from(at.toInstant().minusSeconds(86400 * 7)),
                id);
        jdbc.update(
                "update pairing_transition set happened_at = ? where pairing_id = ? and to_status = 'ACTIVE'", at, id);
        return id;
    }

    private void evidenceAt(Long pairingId, int daysAgo, EvidenceKind kind, String title, int goalIndex, int... more) {
        List<Long> goalIds = jdbc.queryForList(
                "select id from pairing_goal where pairing_id = ? order by position", Long.class, pairingId);
        Set<Long> linked = new HashSet<>();
        if (goalIndex < goalIds.size()) {
            linked.add(goalIds.get(goalIndex));
        }
        for (int m : more) {
            if (m < goalIds.size()) {
                linked.add(goalIds.get(m));
            }
        }
        evidence.record(pairingId, new EvidenceForm(kind, title, today.minusDays(daysAgo), null, linked));
    }

    private void markFirstGoalMet(Long pairingId) {
        var row = jdbc.queryForMap(
                "select id, version from pairing_goal where pairing_id = ? order by position limit 1", pairingId);
        evidence.setGoalMet(((Number) row.get("id")).longValue(), ((Number) row.get("version")).longValue(), true);
    }

    private long version(Long pairingId) {
        Long v = jdbc.queryForObject("select version from pairing where id = ?", Long.class, pairingId);
        return v == null ? 0 : v;
    }

    private Long branch(String code) {
        return jdbc.queryForObject("select id from party_branch where code = ?", Long.class, code);
    }

    private void asUser(String username, Runnable work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A one-page PDF naming the agreement: enough for the download link to open something real. */
    static byte[] demoPdf(String title) {
        String text = "Co-construction agreement " + Math.abs(title.hashCode());
        String content = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
                + "4 0 obj<</Length " + content.length() + ">>stream\n" + content + "\nendstream endobj\n"
                + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }
}
