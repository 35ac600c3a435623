package cn.dangjian.pairing;

import cn.dangjian.demo.DemoDataContributor;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo hospital's alliances, two per level (seed 003's 院内 / 医联体 / 社会), with parties, goals, joint
 * activities with people served this year, one past member, one alliance under review and a kept review. Written
 * in SQL with dates relative to today, as a history the services would have produced.
 */
@Component
@Profile("demo")
class AllianceDemoData implements DemoDataContributor {

    private final JdbcTemplate jdbc;
    private final LocalDate today;

    AllianceDemoData(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.today = LocalDate.now(clock);
    }

    @Override
    public int order() {
        return 210;
    }

    @Override
    public boolean alreadyLoaded() {
        Integer n = jdbc.queryForObject("select count(*) from pairing where kind = 'ALLIANCE'", Integer.class);
        return n != null && n > 0;
    }

    @Override
    @Transactional
    public void load() {
        long east = unit("城东社区卫生服务中心党支部");
        long west = unit("城西社区卫生服务中心党支部", "COMMUNITY_HEALTH_CENTRE", "MEDICAL_ALLIANCE", "黄志强");
        long mch = unit("区妇幼保健院党支部", "HOSPITAL_BRANCH", "MEDICAL_ALLIANCE", "吴丽华");
        long yueyang = unit("上海中医药大学附属岳阳医院肿瘤党支部");
        long town = unit("城南镇党委");
        long school = unit("城南实验中学党总支");
        long redCross = unit("市红十字会机关党支部", "OTHER", "SOCIETY", "郑海燕");

        long quality = alliance("医疗质量服务型党建联盟", "HOSPITAL", "F02", "ACTIVE", 200, 895);
        party(quality, "F02", null, "LEAD", 200, null, "医务部 张慧");
        party(quality, "C01", null, "MEMBER", 200, null, "心内科 李明");
        party(quality, "C04", null, "MEMBER", 200, null, "普外科 陈刚");
        party(quality, "C08", null, "MEMBER", 150, null, "妇产科 王芳");
        party(quality, "F05", null, "DEPUTY", 200, null, "信息中心 赵磊");
        goal(quality, "BUSINESS_LINKAGE", "每季度解决临床流程难题 2 项", 8, 160);
        goal(quality, "JOINT_STUDY", "联合开展政治理论学习每月 1 次", 12, 300);
        evidence(quality, "JOINT_ACTIVITY", "医疗质量联学：病历书写规范", 12, 0);
        evidence(quality, "JOINT_ACTIVITY", "联盟主题党日：“质量安全月”", 40, 0);

        long nursing = alliance("护理人才队伍联育联盟", "HOSPITAL", "F03", "ACTIVE", 120, 610);
        party(nursing, "F03", null, "LEAD", 120, null, "护理部 孙丽");
        party(nursing, "C05", null, "MEMBER", 120, null, "骨科 周娟");
        party(nursing, "C09", null, "MEMBER", 120, null, "儿科 郭敏");
        party(nursing, "C13", null, "MEMBER", 120, 30, "五官科 何静");
        goal(nursing, "TEAM_DEVELOPMENT", "联合培养专科护士 10 名", 10, 240);
        evidence(nursing, "JOINT_ACTIVITY", "护理技能联训：静脉治疗", 25, 0);

        long medical = alliance("城东医联体党建联盟", "MEDICAL_ALLIANCE", "C03", "ACTIVE", 260, 470);
        party(medical, "C03", null, "LEAD", 260, null, "大内科二 刘洋");
        party(medical, "C02", null, "MEMBER", 260, null, "大内科一 陈雪");
        party(medical, null, east, "MEMBER", 260, null, "林晓梅");
        party(medical, null, west, "MEMBER", 200, null, "黄志强");
        party(medical, null, mch, "MEMBER", 90, null, "吴丽华");
        goal(medical, "SHARED_RESOURCES", "专家下沉坐诊每月 2 次", 24, 100);
        evidence(medical, "JOINT_ACTIVITY", "专家下沉坐诊：慢病管理", 20, 86);
        evidence(medical, "JOINT_ACTIVITY", "家庭医生签约义诊", 55, 140);

        long tcm = alliance("中医肿瘤专科党建联盟", "MEDICAL_ALLIANCE", "C11", "UNDER_REVIEW", 700, 20);
        party(tcm, "C11", null, "LEAD", 700, null, "康复中医 刘运磊");
        party(tcm, "C12", null, "MEMBER", 700, null, "肿瘤科 许强");
        party(tcm, null, yueyang, "MEMBER", 700, null, "王立群");
        goal(tcm, "JOINT_ACTIVITIES", "联合义诊 4 次", 4, 60);
        evidence(tcm, "JOINT_ACTIVITY", "“传承中医药文化、关爱老区人民健康”联合义诊", 70, 210);
        review(tcm);

        long south = alliance("城南健康党建联盟", "SOCIETY", "C10", "ACTIVE", 150, 580);
        party(south, "C10", null, "LEAD", 150, null, "急诊科 马骏");
        party(south, "C09", null, "MEMBER", 150, null, "儿科 郭敏");
        party(south, null, town, "MEMBER", 150, null, "陈建国");
        party(south, null, school, "MEMBER", 100, null, "周敏");
        goal(south, "LINKED_WORK", "每季度进村义诊 1 次", 4, 200);
        evidence(south, "JOINT_ACTIVITY", "校园急救知识进课堂", 8, 320);
        evidence(south, "JOINT_ACTIVITY", "重阳节进村义诊", 33, 180);

        long volunteers = alliance("红十字志愿服务党建联盟", "SOCIETY", "F03", "DRAFT", -10, 720);
        party(volunteers, "F03", null, "LEAD", -10, null, "护理部 孙丽");
        party(volunteers, null, redCross, "MEMBER", -10, null, "郑海燕");
        goal(volunteers, "LINKED_WORK", "应急救护培训进社区 6 场", 6, 355);
    }

    private long branch(String code) {
        return jdbc.queryForObject("select id from party_branch where code = ?", Long.class, code);
    }

    private long unit(String name) {
        return jdbc.queryForObject("select id from pairing_external_unit where name = ?", Long.class, name);
    }

    private long unit(String name, String type, String level, String contact) {
        jdbc.update("""
                insert into pairing_external_unit (name, unit_type, alliance_level, contact_person, version, created_by,
                  created_date) values (?, ?, ?, ?, 0, 'admin', now(6))""", name, type, level, contact);
        return unit(name);
    }

    private long alliance(String name, String level, String lead, String status, int startDaysAgo, int endDaysAhead) {
        LocalDate start = today.minusDays(startDaysAgo);
        jdbc.update(
                """
                insert into pairing (kind, branch_id, status, agreement_title, signed_date, term_start, term_end,
                  signatory_own, summary, alliance_name, alliance_level, version, created_by, created_date)
                values ('ALLIANCE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'admin', now(6))""",
                branch(lead),
                status,
                name + "章程",
                "DRAFT".equals(status) ? null : start,
                start,
                today.plusDays(endDaysAhead),
                "DRAFT".equals(status) ? null : "联盟理事会",
                "围绕联学、联享、联建、联动开展共建",
                name,
                level);
        long id = jdbc.queryForObject("select max(id) from pairing", Long.class);
        transition(id, null, "DRAFT", startDaysAgo + 20);
        if (!"DRAFT".equals(status)) {
            transition(id, "DRAFT", "ACTIVE", startDaysAgo);
        }
        if ("UNDER_REVIEW".equals(status)) {
            transition(id, "ACTIVE", "UNDER_REVIEW", 5);
        }
        return id;
    }

    private void transition(long id, String from, String to, int daysAgo) {
        jdbc.update("""
                insert into pairing_transition (pairing_id, from_status, to_status, actor, happened_at, version,
                  created_by, created_date) values (?, ?, ?, 'admin', ?, 0, 'admin', now(6))""", id, from, to, today.minusDays(daysAgo).atTime(10, 0));
    }

    private void party(
            long id, String code, Long unitId, String role, int joinedDaysAgo, Integer leftDaysAgo, String contact) {
        jdbc.update(
                """
                insert into pairing_party (pairing_id, branch_id, external_unit_id, role, joined_on, left_on,
                  contact_person, version, created_by, created_date) values (?, ?, ?, ?, ?, ?, ?, 0, 'admin', now(6))""",
                id,
                code == null ? null : branch(code),
                unitId,
                role,
                today.minusDays(joinedDaysAgo),
                leftDaysAgo == null ? null : today.minusDays(leftDaysAgo),
                contact);
    }

    private void goal(long id, String dimension, String target, Integer count, int dueDaysAhead) {
        jdbc.update("""
                insert into pairing_goal (pairing_id, dimension, target, target_count, due_date, position, version,
                  created_by, created_date) values (?, ?, ?, ?, ?, 0, 0, 'admin', now(6))""", id, dimension, target, count, today.plusDays(dueDaysAhead));
    }

    private void evidence(long id, String kind, String title, int daysAgo, int peopleServed) {
        jdbc.update("""
                insert into pairing_evidence (pairing_id, kind, title, happened_on, people_served, version, created_by,
                  created_date) values (?, ?, ?, ?, ?, 0, 'admin', now(6))""", id, kind, title, today.minusDays(daysAgo), peopleServed == 0 ? null : peopleServed);
        jdbc.update("""
                insert into pairing_evidence_goal (evidence_id, goal_id)
                select max(e.id), (select min(g.id) from pairing_goal g where g.pairing_id = ?)
                from pairing_evidence e where e.pairing_id = ?""", id, id);
    }

    private void review(long id) {
        jdbc.update(
                """
                insert into pairing_review (pairing_id, reviewed_on, period_start, period_end, goals_total, goals_met,
                  joint_events, people_served, needs_closed, needs_rated, needs_satisfied, lead_comment,
                  partner_comments, outcome, reviewer, version, created_by, created_date)
                values (?, ?, ?, ?, 1, 0, 3, 420, 0, 0, 0, ?, ?, 'ADJUST_GOALS', 'admin', 0, 'admin', now(6))""",
                id,
                today.minusDays(3),
                today.minusDays(700),
                today.minusDays(3),
                "义诊形式受欢迎，但远程病例讨论未能常态化。",
                "岳阳医院：希望下一期增加进修名额；肿瘤科：建议每季度固定一次联合查房。");
    }
}
