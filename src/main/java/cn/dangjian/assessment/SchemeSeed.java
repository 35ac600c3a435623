package cn.dangjian.assessment;

import java.util.List;

/**
 * The 五好 scheme every new year starts from when there is no earlier scheme to copy (seed 004: 领导班子好、党员队伍好、
 * 工作机制好、工作业绩好、群众反映好), with the automatic formulas the records support. Names are data, in Chinese.
 */
final class SchemeSeed {

    private SchemeSeed() {}

    record Node(ItemInput input, List<ItemInput> children) {}

    static List<Node> fiveGoods() {
        return List.of(
                dim(
                        "领导班子好",
                        20,
                        auto("支部委员会健全、按期换届", Formula.COMMITTEE_VALID, 6, "委员会按规定设立、书记在任、任期未逾期得满分，否则不得分"),
                        auto("书记为“双带头人”", Formula.DUAL_LEADER, 6, "书记为科室负责人或业务骨干得满分"),
                        manual("班子履职与自身建设", 8, "对照年度计划自评，附说明")),
                dim(
                        "党员队伍好",
                        20,
                        auto("积分良好及以上党员占比", Formula.MEMBERS_GOOD_SHARE, 8, "占比 50% 以下不得分，90% 及以上满分，之间按比例"),
                        auto("党员年度平均积分", Formula.AVERAGE_POINTS, 6, "平均 60 分以下不得分，90 分及以上满分，之间按比例"),
                        auto("支部规模符合规定", Formula.BRANCH_SIZE, 6, "正式党员不少于 3 名、党员不超过 50 名得满分")),
                dim(
                        "工作机制好",
                        20,
                        auto("“三会一课”等规定动作按时开展", Formula.DUTY_ON_TIME, 12, "按时率 60% 以下不得分，95% 及以上满分，之间按比例"),
                        manual("制度建设与工作台账", 8, "制度健全、台账完整，附说明")),
                dim(
                        "工作业绩好",
                        25,
                        auto("联建结对保持活跃", Formula.PAIRING_ALIVE, 5, "活跃结对占在期结对的比例"),
                        auto("联建目标按期达成", Formula.PAIRING_GOALS_MET, 5, "到期目标的达成比例"),
                        auto("联建活动开展", Formula.JOINT_EVENTS, 5, "年内结对名义举办的活动，4 次及以上满分"),
                        auto("重点任务按时通过验收", Formula.KEY_TASKS_ON_TIME, 5, "按时报结并通过的比例，50% 以下不得分"),
                        auto("品牌项目成效", Formula.BRAND_MONTHS, 5, "有成果记录的月份，10 个月及以上满分")),
                dim(
                        "群众反映好",
                        15,
                        auto("需求办结并评价满意", Formula.NEEDS_SATISFIED, 7, "收到的需求中办结且评价满意的比例"),
                        manual("群众满意度与服务成效", 8, "患者与职工评价、服务成效，附说明")),
                dim(
                        "加减分与否决",
                        0,
                        new ItemInput("获上级表彰", Measure.BONUS, null, null, null, 5, "每项 1–3 分，最多加 5 分"),
                        auto("上年度获院级表彰", Formula.BRANCH_HONOURS, 5, "上年度获“先进基层党组织”“最佳党日活动”每项 3 分，最多加 5 分"),
                        new ItemInput(
                                "违反规定（如“三会一课”未开展）", Measure.DEDUCTION, null, null, null, 10, "每次扣 0.5 分，最多扣 10 分"),
                        new ItemInput("严重违纪违规", Measure.VETO, null, null, null, 1, "发生即不得评为优秀、五星")));
    }

    private static Node dim(String name, double max, ItemInput... children) {
        return new Node(new ItemInput(name, null, null, null, null, max, ""), List.of(children));
    }

    private static ItemInput auto(String name, Formula f, double max, String rule) {
        return new ItemInput(
                name,
                Measure.AUTOMATIC,
                f,
                f.linear() || f.perUnit() ? f.defaultLow() : null,
                f.linear() ? f.defaultHigh() : null,
                max,
                rule);
    }

    private static ItemInput manual(String name, double max, String rule) {
        return new ItemInput(name, Measure.MANUAL, null, null, null, max, rule);
    }
}
