package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.pairing.PairingDetail;
import cn.dangjian.pairing.PairingEvidenceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The agreement's goals with progress: linked evidence against the target, due date, met or overdue. */
class GoalsPanel extends Grid<PairingDetail.GoalProgress> {

    GoalsPanel(PairingDetail d, PairingEvidenceService evidence, Runnable onChange) {
        super(PairingDetail.GoalProgress.class, false);
        setId("goal-grid");
        setAllRowsVisible(true);
        addColumn(g -> getTranslation("enum.GoalDimension." + g.dimension()))
                .setHeader(getTranslation("pairing.goal.dimension"))
                .setAutoWidth(true);
        addColumn(PairingDetail.GoalProgress::target)
                .setHeader(getTranslation("pairing.goal.target"))
                .setFlexGrow(1);
        addColumn(g -> g.targetCount() == null
                        ? String.valueOf(g.linkedEvidence())
                        : g.linkedEvidence() + "/" + g.targetCount())
                .setHeader(getTranslation("pairing.goal.progress"))
                .setAutoWidth(true);
        addColumn(g -> g.dueDate().toString())
                .setHeader(getTranslation("pairing.goal.due"))
                .setAutoWidth(true);
        addComponentColumn(g -> {
                    Span state = g.met()
                            ? Badges.ok(getTranslation("pairing.goal.met"))
                            : g.overdue()
                                    ? Badges.error(getTranslation("pairing.goal.overdue"))
                                    : new Span(getTranslation("pairing.goal.open"));
                    HorizontalLayout cell = new HorizontalLayout(state);
                    cell.setAlignItems(FlexComponent.Alignment.BASELINE);
                    if (d.canRecordEvidence() && (g.metDate() != null || !g.met())) {
                        Button toggle = Buttons.whileWorking(
                                new Button(getTranslation(
                                        g.metDate() != null ? "pairing.goal.unmark" : "pairing.goal.mark")),
                                e -> {
                                    if (Notifier.attempt(
                                            this,
                                            () -> evidence.setGoalMet(g.id(), g.version(), g.metDate() == null),
                                            "pairing.goal.updated")) {
                                        onChange.run();
                                    }
                                });
                        toggle.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                        cell.add(toggle);
                    }
                    return cell;
                })
                .setHeader(getTranslation("pairing.goal.state"))
                .setAutoWidth(true);
        setItems(d.goals());
        setEmptyStateText(getTranslation("pairing.goal.empty"));
    }
}
