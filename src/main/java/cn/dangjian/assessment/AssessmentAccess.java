package cn.dangjian.assessment;

import cn.dangjian.common.NotFoundException;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who sees and edits which sheet: the office and leaders every sheet; a secretary their own branch's (and, once
 * published, others' if the scheme allows); members their branch's published results (others' likewise). A sheet
 * one may not see is "not found", as for unknown ids.
 */
@Component
class AssessmentAccess {

    private final CurrentUser currentUser;
    private final SheetRepository sheets;
    private final CampaignRepository campaigns;
    private final SchemeRepository schemes;

    AssessmentAccess(
            CurrentUser currentUser, SheetRepository sheets, CampaignRepository campaigns, SchemeRepository schemes) {
        this.currentUser = currentUser;
        this.sheets = sheets;
        this.campaigns = campaigns;
        this.schemes = schemes;
    }

    AppUser user() {
        return currentUser.require();
    }

    Campaign campaign(long id) {
        return campaigns.findById(id).orElseThrow(NotFoundException::new);
    }

    GradeSettings settings(Campaign c) {
        return schemes.findById(c.getSchemeId()).orElseThrow().settings();
    }

    boolean canRead(Campaign c, long branchId) {
        AppUser u = user();
        if (u.seesWholeHospital()) {
            return true;
        }
        boolean own = Long.valueOf(branchId).equals(u.branchId());
        if (u.isSecretary() && own) {
            return true;
        }
        return c.isPublished() && (own || settings(c).membersSeeOthers());
    }

    /** A sheet the user may read, or "not found". */
    Sheet readable(long sheetId) {
        Sheet s = sheets.findById(sheetId).orElseThrow(NotFoundException::new);
        if (!canRead(campaign(s.getCampaignId()), s.getBranchId())) {
            throw new NotFoundException();
        }
        return s;
    }

    /** A sheet the user may self-assess: the branch's secretary or the office. */
    Sheet selfAssessable(long sheetId) {
        Sheet s = readable(sheetId);
        currentUser.requireCanEditBranch(s.getBranchId());
        return s;
    }
}
