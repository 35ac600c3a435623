package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.AttendeeRow;
import cn.dangjian.calendar.Audience;
import cn.dangjian.calendar.CalendarEvent;
import cn.dangjian.calendar.EventDetail;
import cn.dangjian.calendar.EventInput;
import cn.dangjian.calendar.EventStatus;
import cn.dangjian.calendar.EventType;
import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.common.contracts.PairingDirectory;
import cn.dangjian.common.ui.DatePickers;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.MemberRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The details of an event: when, where, what, who is expected, and the pairing it is held under. */
class EventForm extends FormLayout {

    private final CalendarUi ui;
    private final @Nullable EventDetail detail;
    private final TextField title = new TextField();
    private final Select<EventType> type = new Select<>();
    private final ComboBox<BranchRef> branch = new ComboBox<>();
    private final DateTimePicker start = new DateTimePicker();
    private final DateTimePicker end = new DateTimePicker();
    private final TextField place = new TextField();
    private final TextField partners = new TextField();
    private final Select<Audience> audience = new Select<>();
    private final MultiSelectComboBox<MemberRef> list = new MultiSelectComboBox<>();
    private final JointFields joint;
    private final Select<PairingDirectory.PairingOption> pairing;
    private final EventInput initial;

    EventForm(
            CalendarUi ui,
            @Nullable EventDetail detail,
            @Nullable Long branchId,
            LocalDateTime defaultStart,
            boolean editable,
            boolean jointEditable) {
        this.ui = ui;
        this.detail = detail;
        this.joint = new JointFields(this, detail);
        this.pairing = joint.pairing;
        Map<Long, EventType> types = ui.types();
        title.setLabel(getTranslation("calendar.event.title"));
        title.setId("event-title");
        // No maxlength attribute: the browser would cut a pasted title silently. A counter and an error say it.
        title.setValueChangeMode(ValueChangeMode.EAGER);
        title.addValueChangeListener(e -> checkTitle());
        type.setLabel(getTranslation("calendar.event.type"));
        type.setId("event-type");
        type.setItems(types.values().stream()
                .filter(t -> t.isActive() || (detail != null && t.getId() == detail.typeId()))
                .toList());
        type.setItemLabelGenerator(t -> t.name(getLocale()));
        branch.setLabel(getTranslation("calendar.event.branch"));
        List<BranchRef> branches = detail == null
                ? ui.editableBranches()
                : List.copyOf(ui.branchMap().values());
        branch.setItems(branches);
        branch.setItemLabelGenerator(BranchRef::name);
        start.setLabel(getTranslation("calendar.event.start"));
        start.setId("event-start");
        start.setStep(Duration.ofMinutes(15));
        start.setDatePickerI18n(DatePickers.i18n(this));
        end.setLabel(getTranslation("calendar.event.end"));
        end.setId("event-end");
        end.setStep(Duration.ofMinutes(15));
        end.setDatePickerI18n(DatePickers.i18n(this));
        place.setLabel(getTranslation("calendar.event.place"));
        place.setMaxLength(120);
        partners.setLabel(getTranslation("calendar.event.partners"));
        partners.setHelperText(getTranslation("calendar.event.partnersHelp"));
        partners.setMaxLength(300);
        audience.setLabel(getTranslation("calendar.event.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation("enum.Audience." + a));
        list.setLabel(getTranslation("calendar.event.list"));
        list.setItemLabelGenerator(MemberRef::toString);

        if (detail != null) {
            title.setValue(detail.title());
            type.setValue(types.get(detail.typeId()));
            branch.setValue(ui.branchMap().get(detail.branchId()));
            start.setValue(detail.start());
            end.setValue(detail.end());
            place.setValue(Objects.requireNonNullElse(detail.place(), ""));
            partners.setValue(Objects.requireNonNullElse(detail.partners(), ""));
            audience.setValue(detail.audience());
        } else {
            branches.stream()
                    .filter(b -> b.id().equals(branchId))
                    .findFirst()
                    .or(() -> branches.stream().findFirst())
                    .ifPresent(branch::setValue);
            start.setValue(defaultStart);
            end.setValue(defaultStart.plusHours(1));
            audience.setValue(Audience.BRANCH);
        }
        branch.setReadOnly(detail != null || branches.size() <= 1);
        type.addValueChangeListener(e -> {
            if (e.getValue() != null
                    && (title.isEmpty()
                            || (e.getOldValue() != null
                                    && title.getValue().equals(e.getOldValue().name(getLocale()))))) {
                title.setValue(e.getValue().name(getLocale()));
            }
            joint.setServiceEvent(isService(e.getValue()));
            if (e.getValue() != null && start.getValue() != null && e.isFromClient()) {
                end.setValue(start.getValue().plusMinutes((long) (e.getValue().getDefaultHours() * 60)));
            }
        });
        start.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getOldValue() != null && end.getValue() != null) {
                end.setValue(end.getValue().plus(Duration.between(e.getOldValue(), e.getValue())));
            }
        });
        branch.addValueChangeListener(e -> loadBranchOptions());
        pairing.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                loadCandidates();
            }
        });
        audience.addValueChangeListener(e -> list.setVisible(e.getValue() == Audience.LIST));
        loadBranchOptions();
        if (detail != null && detail.audience() == Audience.LIST) {
            Set<Long> ids = new HashSet<>();
            detail.attendees().forEach(a -> ids.add(a.memberId()));
            list.setValue(list.getListDataView()
                    .getItems()
                    .filter(m -> ids.contains(m.id()))
                    .toList());
        }
        list.setVisible(audience.getValue() == Audience.LIST);
        joint.setServiceEvent(isService(type.getValue()));
        add(title, type, branch, audience, start, end, place, partners, list);
        joint.components().forEach(this::add);
        setColspan(partners, 2);
        setColspan(list, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("520px", 2));
        for (var f : List.of(title, place, partners)) {
            f.setReadOnly(!editable);
        }
        type.setReadOnly(!editable);
        start.setReadOnly(!editable);
        end.setReadOnly(!editable);
        audience.setReadOnly(!editable);
        list.setReadOnly(!editable);
        joint.setReadOnly(!jointEditable);
        if (detail != null && detail.status() == EventStatus.HELD && jointEditable) {
            pairing.setHelperText(getTranslation("calendar.event.linkAfterwards"));
        }
        initial = input();
    }

    private void loadBranchOptions() {
        BranchRef b = branch.getValue();
        if (b == null) {
            return;
        }
        joint.setOptions(ui.calendar.pairingOptions(b.id()));
        loadCandidates();
    }

    /** Whom a LIST audience may name: the branch's members and, for a joint event, the partner branch's. */
    private void loadCandidates() {
        BranchRef b = branch.getValue();
        if (b == null) {
            return;
        }
        Set<MemberRef> chosen = list.getValue();
        PairingDirectory.PairingOption p = pairing.getValue();
        List<MemberRef> candidates;
        try {
            candidates = ui.calendar.listCandidates(b.id(), p == null ? null : p.pairingId());
        } catch (RuntimeException e) {
            // A reader (not an editor) sees the names already on the list, as far as their scope reaches.
            candidates = detail == null
                    ? List.of()
                    : ui.organization.members(detail.attendees().stream()
                            .map(AttendeeRow::memberId)
                            .toList());
        }
        list.setItems(candidates);
        Set<Long> ids = new HashSet<>();
        candidates.forEach(m -> ids.add(m.id()));
        list.setValue(chosen.stream().filter(m -> ids.contains(m.id())).collect(Collectors.toSet()));
    }

    private void checkTitle() {
        int length = title.getValue().trim().length();
        title.setHelperText(getTranslation("calendar.event.titleCount", length, CalendarEvent.TITLE_MAX));
        boolean tooLong = length > CalendarEvent.TITLE_MAX;
        title.setInvalid(tooLong);
        title.setErrorMessage(tooLong ? getTranslation("calendar.event.titleTooLong", CalendarEvent.TITLE_MAX) : null);
    }

    /** The one-line text fields, where Enter is expected to submit the dialog. */
    List<Component> textFields() {
        return List.of(title, place, partners);
    }

    EventInput input() {
        List<Long> ids = new ArrayList<>();
        list.getValue().forEach(m -> ids.add(m.id()));
        ids.sort(Long::compare);
        PairingDirectory.PairingOption p = pairing.getValue();
        return new EventInput(
                detail == null ? null : detail.id(),
                detail == null ? 0 : detail.version(),
                branch.getValue() == null ? null : branch.getValue().id(),
                type.getValue() == null ? null : type.getValue().getId(),
                title.getValue(),
                start.getValue(),
                end.getValue(),
                place.getValue(),
                partners.getValue(),
                audience.getValue() == null ? Audience.BRANCH : audience.getValue(),
                ids,
                p == null ? null : p.pairingId(),
                p == null ? List.of() : joint.goalIds(),
                p == null ? null : joint.external.getValue(),
                p == null ? null : joint.peopleServed(),
                null);
    }

    private static boolean isService(@Nullable EventType t) {
        return t != null && EventTypeCodes.VOLUNTEER_SERVICE.equals(t.getCode());
    }

    boolean hasChanges() {
        return !initial.equals(input());
    }

    void focus() {
        title.focus();
    }
}
