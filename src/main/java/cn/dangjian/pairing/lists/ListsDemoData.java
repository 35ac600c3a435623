package cn.dangjian.pairing.lists;

import cn.dangjian.demo.DemoDataContributor;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo three lists: resources of four branches and needs in every state (waiting, waiting on the open list,
 * unclaimed past its date, in progress solo and jointly, done, rated satisfied and not), one raised for an external
 * unit. Runs after the alliances (210) because needs are addressed to them. No points are written here: the ledger
 * is a hash chain that only the points feature appends to.
 */
@Component
@Profile("demo")
class ListsDemoData implements DemoDataContributor {

    private final JdbcTemplate jdbc;
    private final LocalDate today;

    ListsDemoData(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.today = LocalDate.now(clock);
    }

    @Override
    public int order() {
        return 215;
    }

    @Override
    public boolean alreadyLoaded() {
        Integer n = jdbc.queryForObject("select count(*) from pairing_resource", Integer.class);
        return n != null && n > 0;
    }

    @Override
    @Transactional
    public void load() {
        long insurance = resource("F02", "医保政策解读", "每月 2 场，可进科室", "医保办 李娜 8321");
        resource("F04", "设备维修绿色通道", "工作日 2 小时内响应", "设备科 黄伟 8456");
        resource("C11", "专家下沉坐诊", "每周 1 个半天", "康复中医科 刘运磊 8102");
        long it = resource("F05", "信息系统需求快速响应", "每月 5 项小需求", "信息中心 赵磊 8899");
        long nursingPair = jdbc.queryForObject("""
                select min(id) from pairing where kind = 'INTERNAL' and branch_id = ? and partner_branch_id = ?""", Long.class, branch("F03"), branch("C08"));
        long quality = alliance("医疗质量服务型党建联盟");
        long medical = alliance("城东医联体党建联盟");

        need("C08", null, nursingPair, "产房护理人力弹性调配支持", "BUSINESS_LINKAGE", 5, 25, "WAITING");
        need("C09", null, null, "儿科病区设备报修响应慢", "BUSINESS_LINKAGE", 3, 15, "WAITING");
        need("C02", null, medical, "社区转诊绿色通道对接", "SERVICE", 40, -3, "WAITING");
        long solo = need("C01", null, quality, "胸痛中心数据上报流程优化", "BUSINESS_LINKAGE", 30, 30, "IN_PROGRESS");
        claim(solo, "F05", "SOLO", it, 25);
        long joint = need("C08", null, quality, "孕产妇危急值上报闭环", "BUSINESS_LINKAGE", 45, 10, "DONE");
        claim(joint, "F02", "JOINT", null, 40);
        claim(joint, "F05", "JOINT", null, 38);
        close(joint, quality, 2, "危急值系统弹窗提醒上线，闭环率 98%", null, null);
        long rated = need("C04", null, quality, "日间手术医保结算政策解读", "TEAM_DEVELOPMENT", 60, 20, "RATED");
        claim(rated, "F02", "SOLO", insurance, 55);
        close(rated, quality, 35, "到科室开展 2 场政策解读，答疑 40 余条", "SATISFIED", "讲解清楚，已用于日间手术流程");
        long unhappy = need("C01", null, quality, "门诊排班系统改造", "BUSINESS_LINKAGE", 90, 30, "RATED");
        claim(unhappy, "F05", "SOLO", null, 80);
        close(unhappy, quality, 50, "排班模板增加专科号源", "UNSATISFIED", "号源调整仍需手工，问题未根本解决");
        long unit = need(
                null,
                jdbc.queryForObject("select id from pairing_external_unit where name = '城东社区卫生服务中心党支部'", Long.class),
                medical,
                "社区慢病健康讲座",
                "SERVICE",
                70,
                20,
                "RATED");
        claim(unit, "C03", "SOLO", null, 65);
        close(unit, medical, 40, "开展高血压、糖尿病健康讲座 3 场，服务居民 260 人次", "BASICALLY_SATISFIED", null);
    }

    private long branch(String code) {
        return jdbc.queryForObject("select id from party_branch where code = ?", Long.class, code);
    }

    private long alliance(String name) {
        return jdbc.queryForObject("select id from pairing where alliance_name = ?", Long.class, name);
    }

    private long resource(String code, String title, String capacity, String contact) {
        jdbc.update("""
                insert into pairing_resource (branch_id, title, capacity, contact, active, version, created_by,
                  created_date) values (?, ?, ?, ?, 1, 0, 'admin', now(6))""", branch(code), title, capacity, contact);
        return jdbc.queryForObject("select max(id) from pairing_resource", Long.class);
    }

    private long need(
            @Nullable String code,
            @Nullable Long unitId,
            @Nullable Long pairingId,
            String title,
            String kind,
            int raisedDaysAgo,
            int wantedDaysAhead,
            String status) {
        jdbc.update(
                """
                insert into pairing_need (title, kind, description, raised_on, wanted_by, raised_by_branch_id,
                  raised_by_unit_id, pairing_id, status, version, created_by, created_date)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'admin', now(6))""",
                title,
                kind,
                title + "：请予支持。",
                today.minusDays(raisedDaysAgo),
                today.plusDays(wantedDaysAhead),
                code == null ? null : branch(code),
                unitId,
                pairingId,
                status);
        return jdbc.queryForObject("select max(id) from pairing_need", Long.class);
    }

    private void claim(long needId, String code, String mode, @Nullable Long resourceId, int daysAgo) {
        jdbc.update(
                "insert into pairing_need_claim (need_id, branch_id, claimed_on) values (?, ?, ?)",
                needId,
                branch(code),
                today.minusDays(daysAgo));
        jdbc.update("""
                update pairing_need set claim_mode = ?, resource_id = coalesce(resource_id, ?),
                  claimed_on = coalesce(claimed_on, ?) where id = ?""", mode, resourceId, today.minusDays(daysAgo), needId);
    }

    private void close(
            long needId,
            long pairingId,
            int daysAgo,
            String result,
            @Nullable String rating,
            @Nullable String comment) {
        LocalDate on = today.minusDays(daysAgo);
        jdbc.update("""
                update pairing_need set closed_on = ?, result = ?, rating = ?, rating_comment = ?, rated_on = ?
                where id = ?""", on, result, rating, comment, rating == null ? null : on.plusDays(1), needId);
        jdbc.update("""
                insert into pairing_evidence (pairing_id, kind, title, happened_on, need_id, version, created_by,
                  created_date) select ?, 'NEED_CLOSED', title, ?, id, 0, 'admin', now(6) from pairing_need where id = ?""", pairingId, on, needId);
    }
}
