package cn.dangjian.points;

import cn.dangjian.common.contracts.NeedClosed;
import cn.dangjian.security.Actors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awards the rule "认领并办结" (code NEED_CLOSED, seeded with the lists; the administrator edits its points, caps or
 * turns it off on the rules page) to each claimant of a closed need, in the closing transaction. Exactly once per
 * need and member: the member's chain head is locked first, then a ledger entry from this need is looked for.
 */
@Component
class NeedPointsListener {

    static final String RULE_CODE = "NEED_CLOSED";

    private final PointsRuleRepository rules;
    private final PointsRulesService rulesService;
    private final Ledger ledger;
    private final JdbcTemplate jdbc;

    NeedPointsListener(PointsRuleRepository rules, PointsRulesService rulesService, Ledger ledger, JdbcTemplate jdbc) {
        this.rules = rules;
        this.rulesService = rulesService;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    public void on(NeedClosed e) {
        PointsRule rule =
                rules.findByCode(RULE_CODE).filter(PointsRule::isActive).orElse(null);
        if (rule == null || e.closedOn().getYear() < rulesService.current().getOpenYear()) {
            return;
        }
        for (NeedClosed.Claimant c : e.claimants()) {
            ledger.lockMember(c.memberId());
            Integer already = jdbc.queryForObject(
                    "select count(*) from points_entry where source_type = ? and source_id = ? and member_id = ?"
                            + " for update",
                    Integer.class,
                    SourceType.NEED.name(),
                    e.needId(),
                    c.memberId());
            if (already != null && already > 0) {
                continue;
            }
            ledger.append(Award.of(
                    rule,
                    c.memberId(),
                    c.branchId(),
                    rule.getPoints(),
                    e.closedOn(),
                    SourceType.NEED,
                    e.needId(),
                    e.title(),
                    Actors.current(),
                    null));
        }
    }
}
