package cn.dangjian.points;

import cn.dangjian.security.SecurityEvents;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One full verification, stored: the run row is written before the check (a run that dies stays visible as
 * RUNNING or ERROR) and completed after it. A broken ledger is a security event. No method security here: the
 * nightly job runs without a user; {@link LedgerVerificationService} is the administrators' door.
 */
@Component
class LedgerVerificationRunner {

    private static final Logger log = LoggerFactory.getLogger(LedgerVerificationRunner.class);

    private final LedgerVerifier verifier;
    private final VerificationRuns runs;
    private final SecurityEvents events;

    LedgerVerificationRunner(LedgerVerifier verifier, VerificationRuns runs, SecurityEvents events) {
        this.verifier = verifier;
        this.runs = runs;
        this.events = events;
    }

    Verification run(VerificationRun.Trigger trigger, String actor) {
        long id = runs.start(trigger, actor);
        Verification v;
        try {
            v = verifier.verifyAll();
        } catch (RuntimeException e) {
            runs.fail(id, e);
            throw e;
        }
        runs.finish(id, v);
        log.info(
                "Ledger verification {} ({}): {} members, {} entries, {} broken chains, {} mismatches, {} ms",
                id,
                trigger,
                v.membersChecked(),
                v.entriesChecked(),
                v.brokenCount(),
                v.mismatchCount(),
                v.millis());
        if (!v.intact()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("run", id);
            details.put("trigger", trigger);
            details.put("brokenChains", v.brokenCount());
            details.put("mismatches", v.mismatchCount());
            Verification.Broken first = v.firstBroken();
            if (first != null) {
                details.put("first", first.problem() + " member=" + first.memberId() + " seq=" + first.seq());
            }
            events.record("LEDGER_BROKEN", actor, null, "points_entry", details);
        }
        return v;
    }
}
