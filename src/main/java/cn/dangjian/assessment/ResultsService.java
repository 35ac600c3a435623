package cn.dangjian.assessment;

import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.Roles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Grades, ranks within peer groups, the distribution and 标杆 candidates; the branch page's result. */
@Service
@PreAuthorize("isAuthenticated()")
public class ResultsService {

    private final CampaignRepository campaigns;
    private final SheetRepository sheets;
    private final AssessmentAccess access;
    private final OrganizationDirectory organization;

    ResultsService(
            CampaignRepository campaigns,
            SheetRepository sheets,
            AssessmentAccess access,
            OrganizationDirectory organization) {
        this.campaigns = campaigns;
        this.sheets = sheets;
        this.access = access;
        this.organization = organization;
    }

    /**
     * Every branch's grade, best first. Quotas and ranks need every sheet, so grading reads them all; the rows
     * returned are those the viewer may see. Before publication only the office and leaders see any.
     */
    @Transactional(readOnly = true)
    public List<ResultRow> results(long campaignId) {
        Campaign c = access.campaign(campaignId);
        AppUser u = access.user();
        Map<Long, BranchRef> branches = organization.branchesById();
        List<ResultRow> rows = new ArrayList<>();
        Map<Long, Long> sheetOf = new HashMap<>();
        List<Grading.Input> inputs = new ArrayList<>();
        for (Sheet s : sheets.findByCampaignId(campaignId)) {
            BranchRef b = branches.get(s.getBranchId());
            if (b != null) {
                inputs.add(new Grading.Input(b.id(), PeerGroup.of(b.kind()), s.getTotal(), s.isVetoed()));
                sheetOf.put(b.id(), s.getId());
            }
        }
        for (Grade g : Grading.grade(inputs, access.settings(c))) {
            boolean visible = u.seesWholeHospital() || (c.isPublished() && access.canRead(c, g.branchId()));
            if (visible) {
                BranchRef b = branches.get(g.branchId());
                rows.add(new ResultRow(sheetOf.get(g.branchId()), b.code(), b.name(), g));
            }
        }
        return rows;
    }

    /** Branches per band, for the office's and leaders' overview. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "')")
    public Map<GradeBand, Integer> distribution(long campaignId) {
        Map<GradeBand, Integer> counts = new EnumMap<>(GradeBand.class);
        for (GradeBand b : GradeBand.values()) {
            counts.put(b, 0);
        }
        results(campaignId).forEach(r -> counts.merge(r.grade().band(), 1, Integer::sum));
        return counts;
    }

    /**
     * The branch's result in every campaign the viewer may see, latest first: the office and leaders see running
     * campaigns too, everybody else only published ones.
     */
    @Transactional(readOnly = true)
    public List<BranchResult> branchResults(long branchId) {
        AppUser u = access.user();
        List<BranchResult> found = new ArrayList<>();
        for (Campaign c : campaigns.findAllByOrderByYearDesc()) {
            if (!u.seesWholeHospital() && !(c.isPublished() && access.canRead(c, branchId))) {
                continue;
            }
            results(c.getId()).stream()
                    .filter(r -> r.grade().branchId() == branchId)
                    .findFirst()
                    .ifPresent(r -> found.add(new BranchResult(c.getYear(), r.sheetId(), c.getStatus(), r.grade())));
        }
        return found;
    }

    /** 标杆支部 candidates of a campaign, by peer group then rank. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "')")
    public List<ResultRow> benchmarkCandidates(long campaignId) {
        return results(campaignId).stream()
                .filter(r -> r.grade().benchmarkCandidate())
                .sorted(Comparator.comparing((ResultRow r) -> r.grade().group())
                        .thenComparingInt(r -> r.grade().peerRank()))
                .toList();
    }
}
