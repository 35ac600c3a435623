package cn.dangjian.pairing;

import java.time.LocalDate;

/**
 * The demo's pairings between the hospital's own branches: functional branches serving clinical ones (alive,
 * slowing, dormant, past their term, under review, renewed, ended) and 康复中医 with 妇产科 from seed 003.
 */
final class PairingDemoInternal {

    private PairingDemoInternal() {}

    static void load(PairingDemoSteps s, PairingLifecycleService lifecycle, LocalDate today) {
        // Seed 003: 康复中医 with 妇产科, signed agreement with its document, alive.
        Long rehab = s.active(
                s.internal("C11", "C08", "党建引领聚合力、业务协作促发展共建协议", 210, 520, "刘运磊", "妇产科支部书记"),
                true,
                210,
                s.goals(
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
        s.evidenceAt(rehab, 12, EvidenceKind.JOINT_ACTIVITY, "联合主题党日：中医药文化进校园", 0, 2);
        s.evidenceAt(rehab, 40, EvidenceKind.SHARED_TRAINING, "产后康复中医适宜技术培训", 1);
        s.evidenceAt(rehab, 75, EvidenceKind.JOINT_ACTIVITY, "政治理论联学：学习贯彻党的二十届三中全会精神", 0);
        s.evidenceAt(rehab, 150, EvidenceKind.JOINT_ACTIVITY, "联合义诊：关爱妇女健康", 2);

        // Seed 000: 医务质控 serves several wards — alive, slowing, dormant.
        Long f02c01 = s.active(
                s.internal("F02", "C01", "职能部门服务型党支部共建协议（心血管内科）", 300, 430, "医务部主任", "心内科支部书记"),
                false,
                300,
                s.goals(
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
        s.evidenceAt(f02c01, 8, EvidenceKind.BUSINESS_PROBLEM_SOLVED, "出院结算流程再造，平均等待缩短至 15 分钟", 0);
        s.evidenceAt(f02c01, 35, EvidenceKind.JOINT_ACTIVITY, "联合主题党日：病历质控进科室", 1);
        s.evidenceAt(f02c01, 120, EvidenceKind.JOINT_ACTIVITY, "联合主题党日：医疗质量安全月", 1);
        s.markFirstGoalMet(f02c01);
        Long f02c04 = s.active(
                s.internal("F02", "C04", "职能部门服务型党支部共建协议（普通外科）", 250, 480, "医务部主任", "普外科支部书记"),
                false,
                250,
                s.goals(
                        250,
                        480,
                        GoalDimension.BUSINESS_LINKAGE,
                        "缩短择期手术术前等待时间",
                        null,
                        GoalDimension.JOINT_ACTIVITIES,
                        "每季度联合主题党日 1 次",
                        4));
        s.evidenceAt(f02c04, 50, EvidenceKind.JOINT_ACTIVITY, "联合主题党日：手术安全核查", 1);
        s.evidenceAt(f02c04, 160, EvidenceKind.JOINT_ACTIVITY, "联合主题党日：合理用药", 1);
        Long f02c10 = s.active(
                s.internal("F02", "C10", "职能部门服务型党支部共建协议（急诊重症）", 330, 400, "医务部主任", "急诊科支部书记"),
                false,
                330,
                s.goals(
                        330,
                        400,
                        GoalDimension.BUSINESS_LINKAGE,
                        "优化急诊绿色通道院内会诊响应",
                        null,
                        GoalDimension.JOINT_ACTIVITIES,
                        "每季度联合主题党日 1 次",
                        4));
        s.evidenceAt(f02c10, 170, EvidenceKind.JOINT_ACTIVITY, "联合主题党日：胸痛中心建设", 1);

        // 护理 with 儿科 (alive), 妇产科 (alive) and 骨科 (past its term: asks for review, dormant).
        Long f03c09 = s.active(
                s.internal("F03", "C09", "护理党支部与儿科党支部结对共建协议", 180, 550, "护理部主任", "儿科支部书记"),
                false,
                180,
                s.goals(
                        180,
                        550,
                        GoalDimension.TEAM_DEVELOPMENT,
                        "联合开展儿科护理技能培训 6 次",
                        6,
                        GoalDimension.JOINT_ACTIVITIES,
                        "联合开展志愿服务 4 次",
                        4));
        s.evidenceAt(f03c09, 5, EvidenceKind.SHARED_TRAINING, "儿科静脉留置针技能培训", 0);
        s.evidenceAt(f03c09, 30, EvidenceKind.JOINT_ACTIVITY, "“六一”病房志愿服务", 1);
        s.evidenceAt(f03c09, 66, EvidenceKind.SHARED_TRAINING, "儿童急救护理培训", 0);
        Long f03c08 = s.active(
                s.internal("F03", "C08", "护理党支部与妇产科党支部结对共建协议", 120, 600, "护理部主任", "妇产科支部书记"),
                false,
                120,
                s.goals(
                        120,
                        600,
                        GoalDimension.TEAM_DEVELOPMENT,
                        "助产士党员业务骨干“双培养”",
                        null,
                        GoalDimension.JOINT_ACTIVITIES,
                        "联合开展孕产妇健康宣教 4 次",
                        4));
        s.evidenceAt(f03c08, 20, EvidenceKind.JOINT_ACTIVITY, "孕妇学校健康宣教", 1);
        s.evidenceAt(f03c08, 55, EvidenceKind.JOINT_ACTIVITY, "母乳喂养周义诊", 1);
        Long f03c05 = s.active(
                s.internal("F03", "C05", "护理党支部与骨科党支部结对共建协议", 740, -20, "护理部主任", "骨科支部书记"),
                false,
                740,
                s.goals(740, -20, GoalDimension.JOINT_ACTIVITIES, "联合开展骨科康复护理宣教 4 次", 4));
        s.evidenceAt(f03c05, 200, EvidenceKind.JOINT_ACTIVITY, "骨质疏松防治健康讲座", 0);

        // 财务后勤 with 医学影像 (medical-technical), 机关第一 with 大内科第二 (renewed), 信息中心 with 大内科第一 (under review).
        Long f04t02 = s.active(
                s.internal("F04", "T02", "财务后勤党支部与医学影像党支部共建协议", 200, 500, "财务部主任", "影像科支部书记"),
                false,
                200,
                s.goals(
                        200,
                        500,
                        GoalDimension.BUSINESS_LINKAGE,
                        "大型设备维保响应时间不超过 24 小时",
                        null,
                        GoalDimension.JOINT_ACTIVITIES,
                        "联合主题党日 4 次",
                        4));
        s.evidenceAt(f04t02, 25, EvidenceKind.BUSINESS_PROBLEM_SOLVED, "CT 机维保流程优化", 0);
        s.evidenceAt(f04t02, 60, EvidenceKind.JOINT_ACTIVITY, "联合主题党日：节约型医院建设", 1);
        Long f01c03 = s.active(
                s.internal("F01", "C03", "机关第一党支部与大内科第二党支部共建协议", 800, 30, "党办主任", "大内科第二支部书记"),
                false,
                800,
                s.goals(800, 30, GoalDimension.JOINT_STUDY, "每季度政治理论联学 1 次", 8));
        s.evidenceAt(f01c03, 15, EvidenceKind.JOINT_ACTIVITY, "政治理论联学：医院高质量发展", 0);
        s.evidenceAt(f01c03, 70, EvidenceKind.JOINT_ACTIVITY, "政治理论联学：廉洁从医", 0);
        lifecycle.startReview(f01c03, s.version(f01c03), "到期前评估：活动按季开展");
        lifecycle.renew(f01c03, s.version(f01c03), today.plusDays(730), "续签两年");
        Long f05c02 = s.active(
                s.internal("F05", "C02", "信息中心党支部与大内科第一党支部共建协议", 400, 60, "信息中心主任", "大内科第一支部书记"),
                false,
                400,
                s.goals(400, 60, GoalDimension.BUSINESS_LINKAGE, "上线呼吸科移动护理信息系统", null));
        s.evidenceAt(f05c02, 80, EvidenceKind.BUSINESS_PROBLEM_SOLVED, "移动护理系统试点上线", 0);
        lifecycle.startReview(f05c02, s.version(f05c02), "临床反馈：系统响应仍慢，待评估");

        // An ended pairing: 信息中心 once served 心胸外科 (feeds the "worked together before" suggestion).
        Long ended = s.active(
                s.internal("F05", "C07", "信息中心党支部与心胸外科党支部共建协议", 900, 170, "信息中心主任", "心胸外科支部书记"),
                false,
                900,
                s.goals(900, 170, GoalDimension.BUSINESS_LINKAGE, "手术麻醉信息系统对接", null));
        s.evidenceAt(ended, 300, EvidenceKind.BUSINESS_PROBLEM_SOLVED, "手麻系统与电子病历对接完成", 0);
        lifecycle.end(ended, s.version(ended), "目标完成，协议到期");
    }
}
