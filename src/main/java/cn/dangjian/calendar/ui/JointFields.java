package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.EventDetail;
import cn.dangjian.calendar.JointFacts;
import cn.dangjian.common.contracts.PairingDirectory.GoalOption;
import cn.dangjian.common.contracts.PairingDirectory.PairingOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The joint part of the event form: the pairing it is held under, the goals it serves (the organiser's choice,
 * none allowed: nothing is picked unasked), and the people of external units who took part or were served.
 */
class JointFields {

    final Select<PairingOption> pairing = new Select<>();
    final MultiSelectComboBox<GoalOption> goals = new MultiSelectComboBox<>();
    final IntegerField external = new IntegerField();
    final IntegerField served = new IntegerField();
    private final @Nullable EventDetail detail;

    JointFields(Component i18n, @Nullable EventDetail detail) {
        this.detail = detail;
        pairing.setId("event-pairing");
        pairing.setLabel(i18n.getTranslation("calendar.event.pairing"));
        pairing.setEmptySelectionAllowed(true);
        pairing.setEmptySelectionCaption(i18n.getTranslation("calendar.event.noPairing"));
        pairing.setItemLabelGenerator(p -> p == null ? i18n.getTranslation("calendar.event.noPairing") : p.label());
        goals.setId("event-goals");
        goals.setLabel(i18n.getTranslation("calendar.event.goals"));
        goals.setHelperText(i18n.getTranslation("calendar.event.goalsHelp"));
        goals.setItemLabelGenerator(GoalOption::label);
        external.setId("event-external");
        external.setLabel(i18n.getTranslation("calendar.event.externalParticipants"));
        served.setId("event-served");
        served.setLabel(i18n.getTranslation("calendar.event.peopleServed"));
        served.setHelperText(i18n.getTranslation("calendar.event.peopleServedHelp"));
        for (IntegerField f : List.of(external, served)) {
            f.setMin(0);
            f.setMax(JointFacts.MAX_PEOPLE);
            f.setStepButtonsVisible(false);
        }
        if (detail != null) {
            external.setValue(detail.externalParticipants());
            served.setValue(detail.peopleServed());
        }
        pairing.addValueChangeListener(e -> showGoals(Set.of()));
    }

    List<Component> components() {
        return List.of(pairing, goals, external, served);
    }

    /** The branch's pairings; an event's own pairing and goals are selected again. */
    void setOptions(List<PairingOption> options) {
        pairing.setItems(options);
        pairing.setVisible(!options.isEmpty());
        if (detail != null && detail.pairingId() != null) {
            options.stream()
                    .filter(p -> p.pairingId() == detail.pairingId())
                    .findFirst()
                    .ifPresent(pairing::setValue);
            showGoals(detail.goalIds());
        } else {
            showGoals(Set.of());
        }
    }

    private void showGoals(Set<Long> chosen) {
        PairingOption p = pairing.getValue();
        List<GoalOption> options = p == null ? List.of() : p.goals();
        goals.setItems(options);
        goals.setVisible(!options.isEmpty());
        Set<GoalOption> selected = new HashSet<>();
        options.stream().filter(g -> chosen.contains(g.goalId())).forEach(selected::add);
        goals.setValue(selected);
        external.setVisible(p != null);
    }

    /** People served is asked only of service events (义诊, 健康宣教, 志愿服务). */
    void setServiceEvent(boolean service) {
        served.setVisible(service);
    }

    List<Long> goalIds() {
        List<Long> ids = new ArrayList<>();
        goals.getValue().forEach(g -> ids.add(g.goalId()));
        ids.sort(Long::compare);
        return ids;
    }

    @Nullable
    Integer peopleServed() {
        return served.isVisible() ? served.getValue() : null;
    }

    void setReadOnly(boolean readOnly) {
        pairing.setReadOnly(readOnly);
        goals.setReadOnly(readOnly);
        external.setReadOnly(readOnly);
        served.setReadOnly(readOnly);
    }
}
