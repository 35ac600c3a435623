package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.Confirm;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.pairing.PairingDetail;
import cn.dangjian.pairing.PairingEvidenceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A pairing's evidence, newest first as the service orders it, with the goals each item counts towards. */
class EvidenceTimeline extends Div {

    EvidenceTimeline(PairingDetail d, PairingEvidenceService evidence, Runnable onChange) {
        setId("evidence-timeline");
        addClassName("pairing-timeline");
        if (d.evidence().isEmpty()) {
            Div empty = new Div(getTranslation("pairing.evidence.empty"));
            empty.addClassName("empty-state");
            add(empty);
        }
        for (PairingDetail.EvidenceItem e : d.evidence()) {
            Div item = new Div();
            item.addClassName("pairing-timeline-item");
            Span date = new Span(e.happenedOn().toString());
            date.addClassName("pairing-timeline-date");
            Span kind = Badges.ok(getTranslation("enum.EvidenceKind." + e.kind()));
            item.add(date, kind, new Span(" " + e.title()));
            if (e.fromCalendar()) {
                item.add(Badges.warning(getTranslation("pairing.evidence.fromCalendar")));
            }
            String goals = d.goals().stream()
                    .filter(g -> e.goalIds().contains(g.id()))
                    .map(g -> g.target())
                    .reduce((a, b) -> a + "；" + b)
                    .orElse("");
            if (!goals.isEmpty()) {
                Div linked = new Div(getTranslation("pairing.evidence.linkedGoals", goals));
                linked.addClassName("pairing-muted");
                item.add(linked);
            }
            if (e.externalParticipants() != null || e.peopleServed() != null) {
                Div people = new Div(getTranslation(
                        "pairing.evidence.people",
                        e.externalParticipants() == null ? "—" : e.externalParticipants(),
                        e.peopleServed() == null ? "—" : e.peopleServed()));
                people.addClassName("pairing-muted");
                item.add(people);
            }
            if (e.description() != null) {
                item.add(new Div(e.description()));
            }
            if (e.recordedBy() != null) {
                Span by = new Span(getTranslation("pairing.evidence.recordedBy", e.recordedBy()));
                by.addClassName("pairing-muted");
                item.add(by);
            }
            if (d.canRecordEvidence() && !d.goals().isEmpty()) {
                // Evidence from the calendar cannot be removed here, but which goal it serves is the parties' call.
                Button goalsButton = new Button(
                        getTranslation("pairing.evidence.reassign"),
                        VaadinIcon.EXCHANGE.create(),
                        ev -> GoalReassignDialog.open(d, e, evidence, onChange));
                goalsButton.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                goalsButton.setId("evidence-reassign-" + e.id());
                item.add(goalsButton);
            }
            if (d.canRecordEvidence() && !e.fromCalendar()) {
                Button remove = new Button(
                        VaadinIcon.TRASH.create(),
                        ev -> Confirm.ask(this, "pairing.evidence.remove", e.title(), "action.delete", () -> {
                            if (Notifier.attempt(this, () -> evidence.remove(e.id()), "pairing.evidence.removed")) {
                                onChange.run();
                            }
                        }));
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                remove.setAriaLabel(getTranslation("pairing.evidence.remove"));
                item.add(remove);
            }
            add(item);
        }
    }
}
