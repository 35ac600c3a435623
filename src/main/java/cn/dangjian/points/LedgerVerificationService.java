package cn.dangjian.points;

import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The administrator's checks of the ledger: run one now (stored like the nightly one), see the last results. */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class LedgerVerificationService {

    private final LedgerVerificationRunner runner;
    private final LedgerVerifier verifier;
    private final VerificationRuns runs;
    private final CurrentUser currentUser;

    LedgerVerificationService(
            LedgerVerificationRunner runner, LedgerVerifier verifier, VerificationRuns runs, CurrentUser currentUser) {
        this.runner = runner;
        this.verifier = verifier;
        this.runs = runs;
        this.currentUser = currentUser;
    }

    /**
     * Every chain, total, histogram bucket and usage counter; the result is stored. Deliberately not one
     * transaction: the run row commits before the check (a run that dies stays visible) and the check reads one
     * snapshot in its own read-only transaction.
     */
    public Verification verify() {
        return runner.run(VerificationRun.Trigger.USER, currentUser.require().username());
    }

    /** One member's chain, totals and usage counters; not stored. */
    public Verification verifyMember(long memberId) {
        return verifier.verifyMember(memberId);
    }

    /** The newest runs first. */
    public List<VerificationRun> recentRuns(int limit) {
        return runs.recent(Math.max(1, Math.min(limit, 50)));
    }
}
