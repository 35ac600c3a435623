package cn.dangjian.assessment;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.pairing.AttachmentRules;
import cn.dangjian.pairing.AttachmentUpload;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A branch's sheet: self-assessment by its secretary until submission, then review by the office. */
@Service
@PreAuthorize("isAuthenticated()")
public class SheetService {

    private final SheetRepository sheets;
    private final ScoreRepository scores;
    private final SheetComputer computer;
    private final AssessmentAccess access;
    private final AssessmentAudit audit;
    private final OrganizationDirectory organization;
    private final Clock clock;

    SheetService(
            SheetRepository sheets,
            ScoreRepository scores,
            SheetComputer computer,
            AssessmentAccess access,
            AssessmentAudit audit,
            OrganizationDirectory organization,
            Clock clock) {
        this.sheets = sheets;
        this.scores = scores;
        this.computer = computer;
        this.access = access;
        this.audit = audit;
        this.organization = organization;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SheetDetail detail(long sheetId) {
        Sheet sheet = access.readable(sheetId);
        Campaign c = access.campaign(sheet.getCampaignId());
        Map<Long, SchemeItem> items = computer.itemsOf(c);
        List<ScoreLine> lines = new ArrayList<>();
        List<SchemeItem> order = new ArrayList<>(items.values());
        order.sort((a, b) -> a.getPosition() != b.getPosition()
                ? Integer.compare(a.getPosition(), b.getPosition())
                : Long.compare(a.getId(), b.getId()));
        Map<Long, Score> byItem = new HashMap<>();
        scores.findBySheetId(sheetId).forEach(s -> byItem.put(s.getItemId(), s));
        for (SchemeItem i : order) {
            Score s = byItem.get(i.getId());
            if (s == null || i.getMeasure() == null) {
                continue;
            }
            SchemeItem dim = i.getParentId() == null ? null : items.get(i.getParentId());
            lines.add(new ScoreLine(
                    s.getId(),
                    dim == null ? "" : dim.getName(),
                    i.getName(),
                    i.getMeasure(),
                    i.getFormula(),
                    i.getMaxScore(),
                    i.getRuleText(),
                    s.getAutoScore(),
                    s.getEvidenceText(),
                    s.getEvidenceLink(),
                    s.getSelfScore(),
                    s.getJustification(),
                    s.getAttachmentName(),
                    s.getReviewScore(),
                    s.getReviewReason(),
                    s.effective(i.getMeasure()),
                    s.getVersion()));
        }
        AppUser u = access.user();
        boolean editable = sheet.getStatus() == SheetStatus.OPEN && c.getStatus() == CampaignStatus.SELF_ASSESSMENT;
        boolean mayEdit = u.isAdmin()
                || (u.isSecretary() && Long.valueOf(sheet.getBranchId()).equals(u.branchId()));
        BranchRef b = organization.branchesById().get(sheet.getBranchId());
        return new SheetDetail(
                sheetId,
                sheet.getBranchId(),
                b == null ? "" : b.name(),
                c.getYear(),
                c.getStatus(),
                sheet.getStatus(),
                sheet.getTotal(),
                sheet.isVetoed(),
                sheet.getVersion(),
                editable && mayEdit,
                u.isAdmin() && sheet.getStatus() == SheetStatus.SUBMITTED && c.getStatus() != CampaignStatus.LOCKED,
                lines);
    }

    /** Reads the records again; only while the sheet is open. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public void recompute(long sheetId) {
        Sheet sheet = open(access.selfAssessable(sheetId));
        computer.compute(access.campaign(sheet.getCampaignId()), List.of(sheet));
    }

    /** The branch's score of a manual indicator, with its justification. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public void selfAssess(long scoreId, long version, double value, String justification) {
        Score score = scores.findById(scoreId).orElseThrow(NotFoundException::new);
        Sheet sheet = open(access.selfAssessable(score.getSheetId()));
        SchemeItem item = item(sheet, score);
        if (item.getMeasure() != Measure.MANUAL) {
            throw new BusinessException("assessment.score.notManual");
        }
        check(score, version);
        range(value, item.getMaxScore());
        if (justification.isBlank() || justification.strip().length() > 1000) {
            throw new BusinessException("assessment.score.justification");
        }
        Map<String, Object> before = score.snapshot();
        score.selfAssess(value, justification.strip());
        changed(sheet, score, item, before);
    }

    /** An optional document supporting a manual score (PDF or image, the pairing agreements' limits). */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public void attach(long scoreId, long version, String fileName, byte[] data) {
        Score score = scores.findById(scoreId).orElseThrow(NotFoundException::new);
        Sheet sheet = open(access.selfAssessable(score.getSheetId()));
        SchemeItem item = item(sheet, score);
        check(score, version);
        String type = AttachmentRules.check(new AttachmentUpload(fileName, data));
        Map<String, Object> before = score.snapshot();
        score.attach(fileName, type, data);
        changed(sheet, score, item, before);
    }

    @Transactional(readOnly = true)
    public AttachmentUpload attachment(long scoreId) {
        Score score = scores.findById(scoreId).orElseThrow(NotFoundException::new);
        access.readable(score.getSheetId());
        byte[] data = score.attachmentData();
        if (data == null || score.getAttachmentName() == null) {
            throw new NotFoundException();
        }
        return new AttachmentUpload(score.getAttachmentName(), data);
    }

    /** Computes a last time and hands the sheet to the office; every manual indicator must be scored. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public void submit(long sheetId, long version) {
        Sheet sheet = open(access.selfAssessable(sheetId));
        if (sheet.getVersion() != version) {
            throw new BusinessException("error.conflict");
        }
        Campaign c = access.campaign(sheet.getCampaignId());
        Map<Long, SchemeItem> items = computer.itemsOf(c);
        long missing = scores.findBySheetId(sheetId).stream()
                .filter(s -> items.get(s.getItemId()).getMeasure() == Measure.MANUAL && s.getSelfScore() == null)
                .count();
        if (missing > 0) {
            throw new BusinessException("assessment.sheet.manualMissing", missing);
        }
        computer.compute(c, List.of(sheet));
        sheet.submit(Instant.now(clock));
        audit.record(
                AssessmentAudit.SHEET,
                sheet.getId(),
                "UPDATE",
                label(sheet),
                Map.of("status", SheetStatus.OPEN.name()),
                Map.of("status", SheetStatus.SUBMITTED.name(), "total", sheet.getTotal()));
        sheets.saveAndFlush(sheet);
    }

    /**
     * The office's score of any indicator of a submitted sheet, always with a reason; null clears it (the computed
     * or branch score counts again). Bonus, deduction and veto items are scored only here.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void review(long scoreId, long version, @Nullable Double value, String reason) {
        Score score = scores.findById(scoreId).orElseThrow(NotFoundException::new);
        Sheet sheet = access.readable(score.getSheetId());
        Campaign c = access.campaign(sheet.getCampaignId());
        if (sheet.getStatus() != SheetStatus.SUBMITTED) {
            throw new BusinessException("assessment.sheet.notSubmitted");
        }
        if (c.getStatus() == CampaignStatus.LOCKED) {
            throw new BusinessException("assessment.campaign.locked");
        }
        SchemeItem item = item(sheet, score);
        check(score, version);
        if (value != null) {
            range(value, item.getMaxScore());
        }
        if (reason.isBlank() || reason.strip().length() > 500) {
            throw new BusinessException("assessment.score.reason");
        }
        Map<String, Object> before = score.snapshot();
        score.review(value, reason.strip());
        changed(sheet, score, item, before);
    }

    private void changed(Sheet sheet, Score score, SchemeItem item, Map<String, Object> before) {
        scores.saveAndFlush(score);
        SheetComputer.total(
                sheet, scores.findBySheetId(sheet.getId()), computer.itemsOf(access.campaign(sheet.getCampaignId())));
        sheets.saveAndFlush(sheet);
        audit.record(
                AssessmentAudit.SCORE,
                score.getId(),
                "UPDATE",
                label(sheet) + " · " + item.getName(),
                before,
                score.snapshot());
    }

    private String label(Sheet sheet) {
        BranchRef b = organization.branchesById().get(sheet.getBranchId());
        return access.campaign(sheet.getCampaignId()).getYear() + " " + (b == null ? "" : b.name());
    }

    private Sheet open(Sheet sheet) {
        if (sheet.getStatus() != SheetStatus.OPEN
                || access.campaign(sheet.getCampaignId()).getStatus() != CampaignStatus.SELF_ASSESSMENT) {
            throw new BusinessException("assessment.sheet.closed");
        }
        return sheet;
    }

    private SchemeItem item(Sheet sheet, Score score) {
        SchemeItem item =
                computer.itemsOf(access.campaign(sheet.getCampaignId())).get(score.getItemId());
        if (item == null || item.getMeasure() == null) {
            throw new NotFoundException();
        }
        return item;
    }

    private static void check(Score score, long version) {
        if (score.getVersion() != version) {
            throw new BusinessException("error.conflict");
        }
    }

    private static void range(double value, double max) {
        if (Double.isNaN(value) || value < 0 || value > max) {
            throw new BusinessException("assessment.score.range", max);
        }
    }
}
