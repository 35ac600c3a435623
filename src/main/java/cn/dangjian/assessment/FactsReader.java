package cn.dangjian.assessment;

import cn.dangjian.calendar.BranchCompliance;
import cn.dangjian.calendar.ComplianceService;
import cn.dangjian.common.contracts.CoConstructionFacts;
import cn.dangjian.common.contracts.FollowUpFacts;
import cn.dangjian.organization.BranchSummary;
import cn.dangjian.organization.BranchWarning;
import cn.dangjian.organization.DualCultivation;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.pairing.PairingFilter;
import cn.dangjian.pairing.PairingHealth;
import cn.dangjian.pairing.PairingRow;
import cn.dangjian.pairing.PairingService;
import cn.dangjian.points.BranchBands;
import cn.dangjian.points.EvaluationService;
import cn.dangjian.security.SystemAuthentication;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads every branch's facts for a year from the features that keep them, through their own services so the
 * numbers are the ones their pages show. It reads as the system: the assessment compares branches, so every sheet
 * is computed from the same hospital-wide numbers, whoever asks; the assessment's services check the caller first.
 */
@Component
class FactsReader {

    private static final Set<BranchWarning.Type> COMMITTEE = Set.of(
            BranchWarning.Type.NEEDS_COMMITTEE, BranchWarning.Type.NO_SECRETARY, BranchWarning.Type.TERM_OVERDUE);
    private static final Set<BranchWarning.Type> SIZE =
            Set.of(BranchWarning.Type.TOO_FEW_FULL_MEMBERS, BranchWarning.Type.TOO_LARGE);

    private final ComplianceService compliance;
    private final OrganizationDirectory organization;
    private final EvaluationService points;
    private final PairingService pairings;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<FollowUpFacts> followUp;
    private final ObjectProvider<CoConstructionFacts> coConstruction;
    private final HonourRepository honours;

    FactsReader(
            ComplianceService compliance,
            OrganizationDirectory organization,
            EvaluationService points,
            PairingService pairings,
            JdbcTemplate jdbc,
            ObjectProvider<FollowUpFacts> followUp,
            ObjectProvider<CoConstructionFacts> coConstruction,
            HonourRepository honours) {
        this.compliance = compliance;
        this.organization = organization;
        this.points = points;
        this.pairings = pairings;
        this.jdbc = jdbc;
        this.followUp = followUp;
        this.coConstruction = coConstruction;
        this.honours = honours;
    }

    /**
     * Reads on a thread of its own: inside a Vaadin request Vaadin's security-context strategy prefers the UI
     * session's user to the thread's context, so switching to the system on the caller's thread would not take.
     * The features' services open their own read-only transactions there; only committed records count.
     */
    Map<Long, BranchFacts> read(int year) {
        try (ExecutorService worker = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Map<Long, BranchFacts>> reading = worker.submit(() -> {
                Map<Long, BranchFacts> result = new HashMap<>();
                SystemAuthentication.runAsSystem(() -> result.putAll(readAsSystem(year)));
                return result;
            });
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Map<Long, BranchFacts> readAsSystem(int year) {
        Map<Long, BranchCompliance> duties = new HashMap<>();
        compliance.heatmap(year).forEach(c -> duties.put(c.branchId(), c));
        Map<Long, BranchBands> bands = new HashMap<>();
        points.evaluation(year).branches().forEach(b -> bands.put(b.branchId(), b));
        Set<String> dualCodes = new HashSet<>();
        DualCultivation dual = organization.dualCultivation();
        dual.secretaries().stream()
                .filter(DualCultivation.Person::dualLeader)
                .forEach(p -> dualCodes.add(p.branchCode()));
        List<PairingRow> rows = pairings.search(PairingFilter.none(), 0, Integer.MAX_VALUE, Sort.unsorted());
        Map<Long, Integer> joint = jointEvents(year, rows);
        FollowUpFacts f = followUp.getIfAvailable();
        Map<Long, FollowUpFacts.Assignments> tasks = f == null ? null : f.assignments(year);
        Map<Long, Integer> brand = f == null ? null : f.brandMonthsWithResults(year);
        CoConstructionFacts c = coConstruction.getIfAvailable();
        Map<Long, CoConstructionFacts.Joint> co = c == null ? null : c.byBranch(year);
        Map<Long, Integer> honoured = new HashMap<>();
        honours.findByYearOrderByAwardAscIdAsc(year - 1).stream()
                .filter(h -> h.getAward().countsForBranch() && h.getBranchId() != null)
                .forEach(h -> honoured.merge(h.getBranchId(), 1, Integer::sum));
        Map<Long, BranchFacts> result = new HashMap<>();
        for (BranchSummary b : organization.branchSummaries()) {
            long id = b.id();
            BranchCompliance d = duties.get(id);
            BranchBands p = bands.get(id);
            int members = p == null ? 0 : p.excellent() + p.good() + p.pass() + p.fail();
            int live = 0;
            int alive = 0;
            int goalsDue = 0;
            int goalsMet = 0;
            for (PairingRow r : rows) {
                if (r.health() != null
                        && (r.branchId() == id || Long.valueOf(id).equals(r.partnerBranchId()))) {
                    live++;
                    alive += r.healthValue() == PairingHealth.ALIVE ? 1 : 0;
                    goalsDue += r.goalsDue();
                    goalsMet += r.goalsDueMet();
                }
            }
            result.put(
                    id,
                    new BranchFacts(
                            id,
                            year,
                            d == null ? 0 : d.total().due() - d.total().pending(),
                            d == null ? 0 : d.total().onTime(),
                            problems(b, COMMITTEE),
                            problems(b, SIZE),
                            members,
                            p == null ? 0 : p.excellent() + p.good(),
                            p == null ? 0 : p.average(),
                            live,
                            alive,
                            goalsDue,
                            goalsMet,
                            joint.getOrDefault(id, 0),
                            b.secretary() != null,
                            dualCodes.contains(b.code()),
                            tasks == null ? null : tasks.getOrDefault(id, new FollowUpFacts.Assignments(0, 0, 0, 0)),
                            brand == null ? null : brand.getOrDefault(id, 0),
                            co == null ? null : co.getOrDefault(id, new CoConstructionFacts.Joint(0, 0, 0, 0, 0, 0)),
                            honoured.getOrDefault(id, 0)));
        }
        return result;
    }

    private static List<String> problems(BranchSummary b, Set<BranchWarning.Type> types) {
        List<String> found = new ArrayList<>();
        b.warnings().stream().map(BranchWarning::type).filter(types::contains).forEach(t -> found.add(t.name()));
        return found;
    }

    /**
     * Held events under a pairing in the year, counted for every hospital branch party to the pairing. The
     * calendar has no read API listing events with their pairing, and CoConstructionFacts (which counts them,
     * alliances included) replaces this count when the pairing feature provides it; hence one read-only query.
     */
    private Map<Long, Integer> jointEvents(int year, List<PairingRow> rows) {
        Map<Long, PairingRow> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query(
                "select branch_id, pairing_id from cal_event where status = 'HELD' and pairing_id is not null"
                        + " and held_date between ? and ?",
                rs -> {
                    long organiser = rs.getLong(1);
                    Set<Long> parties = new LinkedHashSet<>();
                    parties.add(organiser);
                    @Nullable PairingRow r = byId.get(rs.getLong(2));
                    if (r != null) {
                        parties.add(r.branchId());
                        if (r.partnerBranchId() != null) {
                            parties.add(r.partnerBranchId());
                        }
                    }
                    parties.forEach(b -> counts.merge(b, 1, Integer::sum));
                },
                Date.valueOf(year + "-01-01"),
                Date.valueOf(year + "-12-31"));
        return counts;
    }
}
