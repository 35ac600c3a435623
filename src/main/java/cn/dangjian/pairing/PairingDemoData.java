package cn.dangjian.pairing;

import cn.dangjian.demo.DemoDataContributor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
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
        LocalDate today = LocalDate.now(clock);
        PairingDemoSteps s = new PairingDemoSteps(pairings, lifecycle, evidence, units, jdbc, users, today, random);
        Long town = s.unit(
                "城南镇党委", ExternalUnitType.STREET_OR_TOWN_COMMITTEE, AllianceLevel.SOCIETY, "陈建国", "020-84561234");
        Long community = s.unit(
                "城东社区卫生服务中心党支部",
                ExternalUnitType.COMMUNITY_HEALTH_CENTRE,
                AllianceLevel.MEDICAL_ALLIANCE,
                "林晓梅",
                "020-84669988");
        Long shanghai = s.unit(
                "上海中医药大学附属岳阳医院肿瘤党支部",
                ExternalUnitType.HOSPITAL_BRANCH,
                AllianceLevel.MEDICAL_ALLIANCE,
                "王立群",
                "021-65161782");
        s.unit("城南实验中学党总支", ExternalUnitType.SCHOOL, AllianceLevel.SOCIETY, "周敏", null);

        PairingDemoInternal.load(s, lifecycle, today);

        // External: a town Party committee for free clinics, the medical alliance, and Shanghai (seed 003).
        Long townPairing = s.active(
                s.external("C10", town, "“党建+义诊”镇院共建协议", 150, 580, "急诊科支部书记", "镇党委书记"),
                false,
                150,
                s.goals(
                        150,
                        580,
                        GoalDimension.LINKED_WORK,
                        "每季度进村义诊 1 次",
                        4,
                        GoalDimension.SHARED_RESOURCES,
                        "为镇卫生院培训急救骨干 20 名",
                        null));
        s.evidenceAt(townPairing, 10, EvidenceKind.JOINT_ACTIVITY, "重阳节大型专家义诊", 0);
        s.evidenceAt(townPairing, 45, EvidenceKind.JOINT_ACTIVITY, "“世界镇痛日”进村义诊", 0);
        s.evidenceAt(townPairing, 88, EvidenceKind.SHARED_TRAINING, "镇卫生院心肺复苏培训", 1);
        Long alliance = s.active(
                s.external("C03", community, "医联体党建联盟共建协议", 260, 470, "大内科第二支部书记", "中心支部书记"),
                false,
                260,
                s.goals(
                        260,
                        470,
                        GoalDimension.SHARED_RESOURCES,
                        "专家下沉坐诊每月 2 次",
                        24,
                        GoalDimension.JOINT_TEAMS,
                        "联合组建家庭医生党员服务队",
                        null));
        s.evidenceAt(alliance, 65, EvidenceKind.JOINT_ACTIVITY, "专家下沉坐诊：慢病管理", 0);
        Long sh = s.active(
                s.external("C12", shanghai, "“传承中医药文化、关爱老区人民健康”共建协议", 160, 570, "肿瘤科支部书记", "岳阳医院肿瘤党支部书记"),
                false,
                160,
                s.goals(
                        160,
                        570,
                        GoalDimension.JOINT_ACTIVITIES,
                        "联合义诊 2 次",
                        2,
                        GoalDimension.SHARED_RESOURCES,
                        "远程疑难病例讨论每季度 1 次",
                        4));
        s.evidenceAt(sh, 18, EvidenceKind.JOINT_ACTIVITY, "“传承中医药文化、关爱老区人民健康”联合义诊", 0);
        s.evidenceAt(sh, 48, EvidenceKind.SHARED_TRAINING, "远程疑难病例讨论：晚期肺癌", 1);

        // A draft proposed by a secretary, waiting for the administrator.
        s.asUser(
                "sec-c06",
                () -> pairings.save(
                        new PairingForm(
                                null,
                                0,
                                PairingKind.INTERNAL,
                                s.branch("C06"),
                                s.branch("F02"),
                                null,
                                "神经外科泌尿外科党支部与医务质控党支部共建协议（草案）",
                                null,
                                today.plusDays(14),
                                today.plusDays(14 + 730),
                                "神经外科泌尿外科支部书记",
                                null,
                                "拟围绕围手术期质控开展共建",
                                s.goals(-14, 730, GoalDimension.BUSINESS_LINKAGE, "降低非计划再次手术率", null)),
                        null));
    }
}
