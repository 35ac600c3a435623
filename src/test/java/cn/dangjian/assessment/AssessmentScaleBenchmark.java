package cn.dangjian.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.SignedIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link AssessmentBenchmark} at 200 branches: the demo hospital in a database of its own ({@code assess_bench}),
 * plus 175 generated branches of 25 members each, with a secretary, points totals, held duties in most past
 * months and a pairing with a goal and recent evidence for every other branch; they get sheets in this year's
 * campaign as starting it would have opened them. Generated committed (the assessment reads committed records on
 * a thread of its own), so it needs its own database; the timed runs are rolled back.
 * {@code ./mvnw -o test -Pbenchmark -Dtest=AssessmentScaleBenchmark}.
 */
@SpringBootTest(properties = "app.embedded-db.database=assess_bench")
@ActiveProfiles({"demo", "test"})
@Tag("benchmark")
class AssessmentScaleBenchmark {

    static final int EXTRA = 175;

    @Autowired
    UserDetailsService users;

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    SheetRepository sheets;

    @Autowired
    ScoreRepository scores;

    @Autowired
    SchemeItemRepository items;

    @Autowired
    SheetComputer computer;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    /** Insert-selects over MariaDB's sequence tables (seq_1_to_n): one statement per kind of record. */
    private void generate(LocalDate today) {
        int year = today.getYear();
        String code = "concat('S', lpad(b.seq, 3, '0'))";
        jdbc.execute("insert into party_branch (code, name, kind, founded_on, term_start, term_end) select " + code
                + ", concat('规模第', b.seq, '支部'), elt(1 + b.seq % 3, 'CLINICAL', 'FUNCTIONAL', 'MEDICAL_TECH'),"
                + " '" + year + "-01-01', '" + (year - 1) + "-01-01', '" + (year + 2) + "-12-31' from seq_1_to_" + EXTRA
                + " b");
        jdbc.execute(
                "insert into party_member (name, staff_number, gender, branch_id, status, joined_date, department_head)"
                        + " select concat('规模', b.seq, '-', m.seq), concat('S', b.seq, '-', m.seq), 'MALE', p.id,"
                        + " if(m.seq % 8 = 0, 'PROBATIONARY', 'FULL'), '2010-01-01', m.seq = 1 and b.seq % 2 = 0"
                        + " from seq_1_to_" + EXTRA + " b join seq_1_to_25 m join party_branch p on p.code = " + code);
        jdbc.execute("insert into committee_member (branch_id, member_id, role) select m.branch_id, m.id, 'SECRETARY'"
                + " from party_member m where m.staff_number like 'S%-1'");
        jdbc.execute(
                "insert into cal_event (branch_id, event_type_id, title, start_at, end_at, audience, status, held_date)"
                        + " select p.id, t.id, '规模活动', concat('" + year + "-', mo.seq, '-10 14:00'),"
                        + " concat('" + year + "-', mo.seq, '-10 16:00'), 'BRANCH', 'HELD', concat('" + year
                        + "-', mo.seq, '-10')"
                        + " from party_branch p join seq_1_to_" + Math.max(1, today.getMonthValue() - 1) + " mo"
                        + " join cal_event_type t on t.code in ('COMMITTEE_MEETING', 'GROUP_MEETING', 'THEMED_DAY')"
                        + " where p.code like 'S%' and (p.id + mo.seq) % 4 <> 0");
        jdbc.execute("insert into points_total (member_id, period, branch_id, net) select m.id, " + year * 100
                + ", m.branch_id, (m.id * 7919) % 40 - 5 from party_member m where m.staff_number like 'S%'");
        jdbc.execute(
                "insert into pairing (kind, branch_id, partner_branch_id, status, agreement_title, term_start, term_end)"
                        + " select 'INTERNAL', a.id, b.id, 'ACTIVE', '规模结对', '" + year + "-01-01', '" + (year + 1)
                        + "-12-31'"
                        + " from party_branch a join party_branch b on b.code = concat('S', lpad(substr(a.code, 2) + 1, 3, '0'))"
                        + " where a.code like 'S%' and substr(a.code, 2) % 2 = 1");
        jdbc.execute("insert into pairing_goal (pairing_id, dimension, target, due_date, met_date) select id,"
                + " 'JOINT_ACTIVITIES', '目标', '" + today.minusDays(30) + "', if(id % 2 = 0, '" + today.minusDays(40)
                + "', null) from pairing where agreement_title = '规模结对'");
        jdbc.execute(
                "insert into pairing_evidence (pairing_id, kind, title, happened_on) select p.id, 'SHARED_TRAINING',"
                        + " '证据', date_sub('" + today + "', interval s.seq * 20 day) from pairing p join seq_1_to_3 s"
                        + " where p.agreement_title = '规模结对'");
        jdbc.execute("analyze table party_branch, party_member, cal_event, points_total, pairing");
    }

    /** Sheets for the generated branches in this year's campaign, one score per indicator, as start() opens them. */
    private void openSheets(Campaign c) {
        List<SchemeItem> indicators = items.findBySchemeIdOrderByPositionAscIdAsc(c.getSchemeId()).stream()
                .filter(i -> !i.isDimension())
                .toList();
        for (Long branch : jdbc.queryForList("select id from party_branch where code like 'S%'", Long.class)) {
            Sheet s = sheets.save(new Sheet(c.getId(), branch));
            indicators.forEach(i -> scores.save(new Score(s.getId(), i.getId())));
        }
    }

    @Test
    void computing_every_automatic_indicator_for_200_branches() {
        LocalDate today = LocalDate.now(clock);
        generate(today);
        List<Long> millis = new ArrayList<>();
        SignedIn.run(users, Demo.ADMIN, () -> {
            Campaign c = campaigns.findByYear(today.getYear()).orElseThrow();
            openSheets(c);
            for (int run = 0; run < 7; run++) {
                transactions.executeWithoutResult(status -> {
                    List<Sheet> all = sheets.findByCampaignId(c.getId());
                    assertThat(all).hasSize(25 + EXTRA);
                    long start = System.nanoTime();
                    computer.compute(c, all);
                    sheets.flush();
                    millis.add((System.nanoTime() - start) / 1_000_000);
                    status.setRollbackOnly();
                });
            }
        });
        List<Long> measured = new ArrayList<>(millis.subList(2, millis.size())); // two warm-up runs
        Collections.sort(measured);
        System.out.printf(
                "BENCH assessment %d branches: runs %s ms, median %d ms, max %d ms%n",
                25 + EXTRA, millis, measured.get(measured.size() / 2), measured.get(measured.size() - 1));
        assertThat(measured.get(measured.size() / 2)).isLessThan(10_000);
    }
}
