package cn.dangjian.assessment;

import cn.dangjian.common.BusinessException;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A year's campaign: started on a frozen scheme, published for 公示, then locked. The office runs it. */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CampaignService {

    private final CampaignRepository campaigns;
    private final SheetRepository sheets;
    private final ScoreRepository scores;
    private final SchemeService schemes;
    private final SheetComputer computer;
    private final OrganizationDirectory organization;
    private final AssessmentAccess access;
    private final AssessmentAudit audit;
    private final Clock clock;

    CampaignService(
            CampaignRepository campaigns,
            SheetRepository sheets,
            ScoreRepository scores,
            SchemeService schemes,
            SheetComputer computer,
            OrganizationDirectory organization,
            AssessmentAccess access,
            AssessmentAudit audit,
            Clock clock) {
        this.campaigns = campaigns;
        this.sheets = sheets;
        this.scores = scores;
        this.schemes = schemes;
        this.computer = computer;
        this.organization = organization;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Campaign> campaigns() {
        return campaigns.findAllByOrderByYearDesc();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Campaign> campaign(int year) {
        return campaigns.findByYear(year);
    }

    /** Freezes the year's scheme, opens a sheet per branch and computes every automatic indicator. */
    @Transactional
    public Campaign start(int year) {
        if (campaigns.findByYear(year).isPresent()) {
            throw new BusinessException("assessment.campaign.exists", String.valueOf(year));
        }
        Scheme frozen = schemes.freeze(schemes.scheme(year));
        Campaign c = campaigns.save(new Campaign(year, frozen.getId(), LocalDate.now(clock)));
        Map<Long, SchemeItem> items = computer.itemsOf(c);
        List<Sheet> opened = new ArrayList<>();
        for (BranchRef b : organization.branches()) {
            Sheet sheet = sheets.save(new Sheet(c.getId(), b.id()));
            items.values().stream()
                    .filter(i -> !i.isDimension())
                    .forEach(i -> scores.save(new Score(sheet.getId(), i.getId())));
            opened.add(sheet);
        }
        scores.flush();
        computer.compute(c, opened);
        audit.record(
                AssessmentAudit.CAMPAIGN,
                c.getId(),
                "CREATE",
                String.valueOf(year),
                Map.of(),
                Map.of("status", c.getStatus().name(), "sheets", opened.size()));
        return c;
    }

    /** The sheets the viewer may see, by branch code. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SheetRow> sheets(long campaignId) {
        Campaign c = access.campaign(campaignId);
        Map<Long, BranchRef> branches = organization.branchesById();
        List<SheetRow> rows = new ArrayList<>();
        for (Sheet s : sheets.findByCampaignId(campaignId)) {
            BranchRef b = branches.get(s.getBranchId());
            if (b != null && access.canRead(c, s.getBranchId())) {
                rows.add(new SheetRow(
                        s.getId(),
                        b.id(),
                        b.code(),
                        b.name(),
                        b.kind(),
                        s.getStatus(),
                        s.getTotal(),
                        s.isVetoed(),
                        s.getVersion()));
            }
        }
        rows.sort(Comparator.comparing(SheetRow::code));
        return rows;
    }

    /** 公示: sheets still open are computed a last time and closed; results become visible to members. */
    @Transactional
    public Campaign publish(long campaignId, long version) {
        Campaign c = access.campaign(campaignId);
        if (c.getVersion() != version) {
            throw new BusinessException("error.conflict");
        }
        if (c.getStatus() != CampaignStatus.SELF_ASSESSMENT) {
            throw new BusinessException("assessment.campaign.notInSelfAssessment");
        }
        List<Sheet> open = sheets.findByCampaignId(campaignId).stream()
                .filter(s -> s.getStatus() == SheetStatus.OPEN)
                .toList();
        if (!open.isEmpty()) {
            computer.compute(c, open);
            open.forEach(s -> s.submit(Instant.now(clock)));
        }
        int days = access.settings(c).publicityDays();
        c.publish(LocalDate.now(clock), days);
        audit.record(
                AssessmentAudit.CAMPAIGN,
                c.getId(),
                "UPDATE",
                String.valueOf(c.getYear()),
                Map.of("status", CampaignStatus.SELF_ASSESSMENT.name()),
                Map.of(
                        "status",
                        c.getStatus().name(),
                        "publicityUntil",
                        String.valueOf(c.getPublicityUntil()),
                        "closedOpenSheets",
                        open.size()));
        return campaigns.saveAndFlush(c);
    }

    /** Final: once the 公示 period is over, nothing in the campaign changes any more. */
    @Transactional
    public Campaign lock(long campaignId, long version) {
        Campaign c = access.campaign(campaignId);
        if (c.getVersion() != version) {
            throw new BusinessException("error.conflict");
        }
        LocalDate today = LocalDate.now(clock);
        if (c.getStatus() != CampaignStatus.PUBLISHED) {
            throw new BusinessException("assessment.campaign.notPublished");
        }
        if (c.getPublicityUntil() != null && today.isBefore(c.getPublicityUntil())) {
            throw new BusinessException("assessment.campaign.publicityRunning", c.getPublicityUntil());
        }
        c.lock(today);
        audit.record(
                AssessmentAudit.CAMPAIGN,
                c.getId(),
                "UPDATE",
                String.valueOf(c.getYear()),
                Map.of("status", CampaignStatus.PUBLISHED.name()),
                Map.of("status", c.getStatus().name()));
        return campaigns.saveAndFlush(c);
    }
}
