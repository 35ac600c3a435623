package cn.dangjian.assessment;

import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.support.Demo;
import cn.dangjian.support.SignedIn;
import java.util.concurrent.Callable;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Starts a campaign for a year of its own (so the demo's campaigns stay as they are) and finds sheets. */
record AssessmentTestSupport(
        UserDetailsService users,
        CampaignService campaigns,
        SchemeService schemes,
        SheetService sheets,
        OrganizationDirectory organization) {

    <T> T as(String user, Callable<T> work) {
        return SignedIn.as(users, user, work);
    }

    void run(String user, Runnable work) {
        SignedIn.run(users, user, work);
    }

    /** The year's campaign, started once with a 公示 of {@code publicityDays} days. */
    synchronized Campaign campaign(int year, int publicityDays) {
        return as(
                Demo.ADMIN,
                () -> campaigns.campaign(year).orElseGet(() -> {
                    Scheme s = schemes.scheme(year);
                    GradeSettings d = s.settings();
                    schemes.saveSettings(
                            s.getId(),
                            new GradeSettings(
                                    d.excellentMin(),
                                    d.goodMin(),
                                    d.passMin(),
                                    d.fiveStarMin(),
                                    d.fourStarMin(),
                                    d.threeStarMin(),
                                    d.twoStarMin(),
                                    d.fiveStarQuotaPct(),
                                    d.benchmarkTopN(),
                                    d.benchmarkMinScore(),
                                    publicityDays,
                                    false),
                            s.getVersion());
                    return campaigns.start(year);
                }));
    }

    long branchId(String code) {
        return as(
                Demo.ADMIN,
                () -> organization.branches().stream()
                        .filter(b -> b.code().equals(code))
                        .map(BranchRef::id)
                        .findFirst()
                        .orElseThrow());
    }

    long sheetId(Campaign c, String code) {
        long branch = branchId(code);
        return as(
                Demo.ADMIN,
                () -> campaigns.sheets(c.getId()).stream()
                        .filter(r -> r.branchId() == branch)
                        .findFirst()
                        .orElseThrow()
                        .sheetId());
    }
}
