package cn.dangjian.dashboard;

import cn.dangjian.calendar.ComplianceBand;
import cn.dangjian.calendar.ComplianceFigures;
import cn.dangjian.calendar.ComplianceRules;
import cn.dangjian.calendar.ComplianceService;
import cn.dangjian.calendar.DueItem;
import cn.dangjian.calendar.DueState;
import cn.dangjian.calendar.MonthCell;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.organization.BranchService;
import cn.dangjian.organization.BranchSummary;
import cn.dangjian.pairing.PairingFilter;
import cn.dangjian.pairing.PairingHealth;
import cn.dangjian.pairing.PairingRow;
import cn.dangjian.pairing.PairingService;
import cn.dangjian.points.Band;
import cn.dangjian.points.EvaluationService;
import cn.dangjian.points.MemberScore;
import cn.dangjian.points.PointsFigures;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One branch's dashboard: its secretary's own branch, any branch for the Party office and the leadership. */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "', '" + Roles.SECRETARY + "')")
public class BranchDashboardService {

    static final int UPCOMING = 8;

    private final CurrentUser currentUser;
    private final BranchService branches;
    private final ComplianceService compliance;
    private final ComplianceFigures complianceFigures;
    private final PairingService pairings;
    private final EvaluationService evaluation;
    private final PointsFigures points;
    private final Clock clock;

    BranchDashboardService(
            CurrentUser currentUser,
            BranchService branches,
            ComplianceService compliance,
            ComplianceFigures complianceFigures,
            PairingService pairings,
            EvaluationService evaluation,
            PointsFigures points,
            Clock clock) {
        this.currentUser = currentUser;
        this.branches = branches;
        this.compliance = compliance;
        this.complianceFigures = complianceFigures;
        this.pairings = pairings;
        this.evaluation = evaluation;
        this.points = points;
        this.clock = clock;
    }

    /** The branch the viewer lands on: a secretary's own, otherwise none (the view offers a choice). */
    public @Nullable Long defaultBranch() {
        AppUser user = currentUser.require();
        return user.seesWholeHospital() ? null : user.branchId();
    }

    /** @throws NotFoundException for an unknown branch and for one the viewer may not read, alike */
    @Transactional(readOnly = true)
    public BranchFigures figures(long branchId) {
        AppUser user = currentUser.require();
        if (!user.seesWholeHospital() && !Long.valueOf(branchId).equals(user.branchId())) {
            throw new NotFoundException();
        }
        BranchSummary branch = branches.summaries().stream()
                .filter(b -> b.id() == branchId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        List<DueItem> items = compliance.branchItems(branchId, year);
        List<DueItem> upcoming = items.stream()
                .filter(i -> i.state() == DueState.PENDING)
                .sorted(Comparator.comparing(DueItem::dueDate))
                .limit(UPCOMING)
                .toList();
        Map<PairingHealth, Integer> health = new EnumMap<>(PairingHealth.class);
        for (PairingHealth h : PairingHealth.values()) {
            health.put(h, 0);
        }
        for (PairingRow r :
                pairings.search(new PairingFilter(branchId, null, null, null), 0, Integer.MAX_VALUE, Sort.unsorted())) {
            if (r.healthValue() != null) {
                health.merge(r.healthValue(), 1, Integer::sum);
            }
        }
        Map<Band, Integer> bands = new EnumMap<>(Band.class);
        for (Band b : Band.values()) {
            bands.put(b, 0);
        }
        for (MemberScore m : evaluation.branchMembers(branchId, year)) {
            bands.merge(m.band(), 1, Integer::sum);
        }
        return new BranchFigures(
                today,
                branch,
                monthly(items),
                upcoming,
                complianceFigures.attendance(branchId, year),
                health,
                bands,
                points.branchTrend(branchId, year));
    }

    /** On-time share of the items due in each month, as the heatmap's cells count it. */
    static List<@Nullable Integer> monthly(List<DueItem> items) {
        List<@Nullable Integer> result = new ArrayList<>(12);
        for (MonthCell c : ComplianceRules.byMonth(items)) {
            int p = ComplianceBand.percent(c);
            result.add(p < 0 ? null : p);
        }
        return result;
    }
}
