package cn.dangjian.pairing.lists;

import cn.dangjian.common.contracts.CoConstructionFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The co-construction facts the assessment and dashboards read: counts only, per branch. Open to every caller
 * because those services check their own access first and may run without a user (a scheduled recalculation);
 * nothing here names a person or a need.
 */
@Service
@PreAuthorize("permitAll()")
class CoConstructionFactsService implements CoConstructionFacts {

    private final NeedFacts facts;
    private final Clock clock;

    CoConstructionFactsService(NeedFacts facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Joint> byBranch(int year) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Map<Long, ServiceRecordRule.NeedFact>> needs = facts.byBranch(today);
        Map<Long, int[]> events = facts.jointEvents(year, today);
        Set<Long> branches = new HashSet<>(needs.keySet());
        branches.addAll(events.keySet());
        Map<Long, Joint> result = new HashMap<>();
        for (Long b : branches) {
            ServiceRecord r = ServiceRecordRule.of(
                    b, "", year, needs.getOrDefault(b, Map.of()).values());
            int[] e = events.getOrDefault(b, new int[2]);
            if (e[0] + e[1] + r.received() + r.closed() == 0) {
                continue;
            }
            result.put(b, new Joint(e[0], e[1], r.received(), r.closed(), r.rated(), r.satisfied()));
        }
        return result;
    }
}
