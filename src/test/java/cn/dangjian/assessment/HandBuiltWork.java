package cn.dangjian.assessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The joint and follow-up work of {@link HandBuiltHospital}: pairings with goals and evidence, joint events, needs,
 * key-task assignments and brand months, written to the same tables and removed by {@link HandBuiltHospital#remove}.
 */
final class HandBuiltWork {

    private final HandBuiltHospital h;

    HandBuiltWork(HandBuiltHospital h) {
        this.h = h;
    }

    private long pairing(long own, String partnerColumn, long partner, String status, LocalDate start) {
        long id = h.insert(
                "pairing",
                Map.of(
                        "kind",
                        "partner_branch_id".equals(partnerColumn) ? "INTERNAL" : "EXTERNAL",
                        "branch_id",
                        own,
                        partnerColumn,
                        partner,
                        "status",
                        status,
                        "agreement_title",
                        "手建结对",
                        "term_start",
                        start,
                        "term_end",
                        start.plusYears(2),
                        "version",
                        0));
        h.pairings.add(id);
        return id;
    }

    private long goal(long pairing, LocalDate due, LocalDate met, Integer targetCount) {
        Map<String, Object> g = new HashMap<>(Map.of(
                "pairing_id", pairing, "dimension", "JOINT_ACTIVITIES", "target", "目标", "due_date", due, "version", 0));
        g.put("met_date", met);
        g.put("target_count", targetCount);
        return h.insert("pairing_goal", g);
    }

    private long evidence(long pairing, String kind, LocalDate on, Long event) {
        Map<String, Object> e = new HashMap<>(
                Map.of("pairing_id", pairing, "kind", kind, "title", "证据", "happened_on", on, "version", 0));
        e.put("calendar_event_id", event);
        return h.insert("pairing_evidence", e);
    }

    private void need(
            long pairing,
            Long raisedBy,
            Long unit,
            LocalDate raised,
            LocalDate closed,
            String rating,
            long... claimedBy) {
        Map<String, Object> n = new HashMap<>(Map.of(
                "title",
                "需求",
                "kind",
                "SERVICE",
                "raised_on",
                raised,
                "wanted_by",
                raised.plusMonths(2),
                "pairing_id",
                pairing,
                "version",
                0));
        n.put("raised_by_branch_id", raisedBy);
        n.put("raised_by_unit_id", unit);
        n.put(
                "status",
                closed == null
                        ? (claimedBy.length == 0 ? "WAITING" : "IN_PROGRESS")
                        : rating == null ? "DONE" : "RATED");
        n.put("closed_on", closed);
        n.put("rating", rating);
        long id = h.insert("pairing_need", n);
        h.needs.add(id);
        for (long b : claimedBy) {
            h.insert("pairing_need_claim", Map.of("need_id", id, "branch_id", b, "claimed_on", raised.plusDays(4)));
        }
    }

    private long task(LocalDate due) {
        long id = h.insert(
                "plan_key_task",
                Map.of(
                        "task_year",
                        h.year,
                        "title",
                        "手建任务",
                        "category",
                        "重点任务",
                        "owner_kind",
                        "BRANCHES",
                        "due_date",
                        due,
                        "evidence_kind",
                        "NONE",
                        "version",
                        0));
        h.tasks.add(id);
        return id;
    }

    private void assignment(long task, long branch, String state, LocalDate reported) {
        h.jdbc.update("insert into plan_key_task_branch (task_id, branch_id) values (?, ?)", task, branch);
        Map<String, Object> a =
                new HashMap<>(Map.of("task_id", task, "branch_id", branch, "state", state, "version", 0));
        a.put("reported_on", reported);
        h.insert("plan_assignment", a);
    }

    private long brandMonth(long brand, int month) {
        return h.insert("plan_brand_month", Map.of("brand_id", brand, "month_no", month, "result", "成果", "version", 0));
    }

    void build(long b1, long b2, long b3, long b4) {
        long joint = h.typeId("JOINT_ACTIVITY");
        long p1 = pairing(b1, "partner_branch_id", b2, "ACTIVE", h.day(1, 1));
        goal(p1, h.today.minusDays(60), h.today.minusDays(70), null);
        long byEvidence = goal(p1, h.today.minusDays(30), null, 1);
        long short1 = goal(p1, h.today.minusDays(10), null, 2);
        goal(p1, h.today.plusDays(30), null, null);
        long e1 = evidence(
                p1, "JOINT_ACTIVITY", h.today.minusDays(20), h.event(b1, joint, h.today.minusDays(20), "HELD", p1));
        h.jdbc.update(
                "insert into pairing_evidence_goal (evidence_id, goal_id) values (?, ?), (?, ?)",
                e1,
                byEvidence,
                e1,
                short1);
        evidence(p1, "SHARED_TRAINING", h.today.minusDays(40), null);
        evidence(p1, "JOINT_ACTIVITY", h.day(1, 15), h.event(b2, joint, h.day(1, 15), "HELD", p1));
        h.event(b1, joint, h.today.minusDays(5), "PLANNED", p1);
        long p2 = pairing(b3, "partner_branch_id", b1, "ACTIVE", h.today.minusDays(200));
        goal(p2, h.today.minusDays(5), null, null);
        long unit = h.jdbc.queryForObject("select min(id) from pairing_external_unit", Long.class);
        long p3 = pairing(b4, "external_unit_id", unit, "ENDED", h.day(1, 1).minusYears(2));
        evidence(p3, "JOINT_ACTIVITY", h.day(3, 3), h.event(b4, joint, h.day(3, 3), "HELD", p3));
        need(p1, b2, null, h.day(3, 1), h.day(4, 1), "SATISFIED", b1);
        need(p1, b1, null, h.day(5, 1), null, null);
        need(p2, null, unit, h.day(6, 1), h.day(7, 1), null, b3, b1);
        need(p1, b2, null, h.day(11, 1).minusYears(1), h.day(1, 10), "UNSATISFIED", b1);
        long t1 = task(h.day(6, 30));
        long t2 = task(h.day(9, 30));
        long t3 = task(h.day(10, 31));
        assignment(t1, b1, "ACCEPTED", h.day(6, 20));
        assignment(t2, b1, "ACCEPTED", h.day(9, 1));
        assignment(t3, b1, "ISSUED", null);
        assignment(t1, b2, "ACCEPTED", h.day(7, 5));
        assignment(t1, b3, "REPORTED", h.day(6, 1));
        long brand1 = h.insert(
                "plan_brand",
                Map.of("branch_id", b1, "brand_year", h.year, "name", "手建品牌", "state", "APPROVED", "version", 0));
        long withEvent = brandMonth(brand1, 1);
        long anyHeld = h.jdbc.queryForObject(
                "select min(id) from cal_event where branch_id = ? and status = 'HELD'", Long.class, b1);
        h.jdbc.update("insert into plan_brand_month_event (month_id, event_id) values (?, ?)", withEvent, anyHeld);
        h.insert(
                "plan_attachment",
                Map.of(
                        "month_id",
                        brandMonth(brand1, 2),
                        "file_name",
                        "a.pdf",
                        "content_type",
                        "application/pdf",
                        "size_bytes",
                        1,
                        "data",
                        new byte[] {1},
                        "version",
                        0));
        brandMonth(brand1, 3);
        long brand2 = h.insert(
                "plan_brand",
                Map.of("branch_id", b2, "brand_year", h.year, "name", "草稿品牌", "state", "DRAFT", "version", 0));
        h.jdbc.update(
                "insert into plan_brand_month_event (month_id, event_id) values (?, ?)",
                brandMonth(brand2, 1),
                anyHeld);
    }
}
