package cn.dangjian.pairing.ui;

import cn.dangjian.pairing.PairingHealthRule;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/** The health rule's thresholds in words, so nobody has to guess why a pairing is called dormant. */
final class HealthRulePanel extends Details {

    HealthRulePanel(PairingHealthRule.Thresholds t) {
        setSummaryText(getTranslation("pairing.health.rule.title"));
        setId("health-rule");
        int share = (int) Math.round(t.aliveMinGoalShare() * 100);
        add(new UnorderedList(
                new ListItem(getTranslation("pairing.health.rule.alive", t.aliveMinEvidence(), t.windowDays(), share)),
                new ListItem(getTranslation("pairing.health.rule.slowing", t.windowDays())),
                new ListItem(getTranslation("pairing.health.rule.dormant", t.windowDays(), t.graceDays())),
                new ListItem(getTranslation("pairing.health.rule.goalMet"))));
    }
}
