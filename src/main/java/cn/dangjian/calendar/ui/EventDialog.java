package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.AttendanceStatus;
import cn.dangjian.calendar.AttendeeRow;
import cn.dangjian.calendar.EventDetail;
import cn.dangjian.calendar.EventInput;
import cn.dangjian.calendar.EventStatus;
import cn.dangjian.calendar.HeldInput;
import cn.dangjian.calendar.PlanMark;
import cn.dangjian.common.ui.Notifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event. For a secretary an event that has taken place opens ready to record: tick "held",
 * attendance is all-present by default, one line of minutes, save. Future events open as a form.
 */
class EventDialog extends Dialog {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CalendarUi ui;
    private final @Nullable EventDetail detail;
    private final Runnable onChanged;
    private final EventForm form;
    private @Nullable Checkbox held;
    private @Nullable AttendancePanel attendance;
    private @Nullable TextField minutes;
    private long version;
    private @Nullable Button save;
    /** One per new-event dialog: a second save of the same dialog (a double click) finds the first event. */
    private final String creationKey = UUID.randomUUID().toString();

    /** Opens an existing event. */
    static void open(CalendarUi ui, long eventId, Runnable onChanged) {
        new EventDialog(ui, ui.calendar.detail(eventId), null, ui.currentTime(), onChanged).open();
    }

    /** Opens an empty form for a new event of the branch at the date. */
    static void create(CalendarUi ui, @Nullable Long branchId, LocalDate date, Runnable onChanged) {
        new EventDialog(ui, null, branchId, date.atTime(14, 30), onChanged).open();
    }

    private EventDialog(
            CalendarUi ui,
            @Nullable EventDetail detail,
            @Nullable Long branchId,
            LocalDateTime defaultStart,
            Runnable onChanged) {
        this.ui = ui;
        this.detail = detail;
        this.onChanged = onChanged;
        this.version = detail == null ? 0 : detail.version();
        setId("event-dialog");
        setWidth("min(860px, 100vw)");
        setHeaderTitle(detail == null ? getTranslation("calendar.event.new") : detail.title());
        boolean canEdit = detail == null || detail.canEdit();
        boolean planned = detail == null || detail.status() == EventStatus.PLANNED;
        boolean happened = detail != null && !detail.start().toLocalDate().isAfter(ui.today());
        boolean live = detail == null || detail.status() != EventStatus.CANCELLED;
        form = new EventForm(ui, detail, branchId, defaultStart, canEdit && planned, canEdit && live);
        // A partner branch's secretary records the own members of a joint event, nothing else.
        boolean records = detail != null && (canEdit || detail.recordsOwnMembersOnly());
        boolean recording = records && live && happened;
        PlanMark mark = detail == null ? null : ui.planEvents.mark(detail.id());
        if (detail != null) {
            EventSummary summary = new EventSummary(ui, detail);
            Div markLine = mark == null ? null : EventActions.markLine(mark, detail.status());
            if (markLine != null) {
                summary.add(markLine);
            }
            add(summary);
        }
        if (recording) {
            // Past events open on the record; the details fold away (the secretary rarely needs them).
            Details details = new Details(getTranslation("calendar.event.details"), form);
            details.setOpened(false);
            add(details, recordSection(detail));
        } else {
            add(form);
            if (detail != null) {
                add(readOnlyAttendance(detail));
            }
        }
        if (detail != null && detail.status() == EventStatus.HELD && detail.canEdit()) {
            add(new SignInRequestsPanel(ui, detail.id(), () -> {
                close();
                onChanged.run();
                open(ui, detail.id(), onChanged);
            }));
        }
        if (detail != null && detail.status() == EventStatus.HELD) {
            add(new PhotoPanel(ui, detail));
        }
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.addClickShortcut(Key.ESCAPE);
        HorizontalLayout footer = new HorizontalLayout();
        if (detail != null && canEdit && detail.status() != EventStatus.CANCELLED) {
            footer.add(new EventActions(ui, detail, Objects.requireNonNull(mark), this, onChanged));
        }
        getFooter().add(footer, close);
        if ((canEdit || records) && live) {
            Button saveButton = new Button(getTranslation("action.save"), e -> save());
            saveButton.setId("event-save");
            saveButton.addThemeVariants(ButtonVariant.PRIMARY);
            // Disabled from the click until the save returns, so a double click cannot save twice.
            saveButton.setDisableOnClick(true);
            // Enter saves only from the one-line text fields: in a date or time picker it picks the value.
            List<Component> enterSaves = new ArrayList<>(form.textFields());
            if (minutes != null) {
                enterSaves.add(minutes);
            }
            saveButton.addClickShortcut(Key.ENTER).listenOn(enterSaves.toArray(Component[]::new));
            getFooter().add(saveButton);
            save = saveButton;
        }
        if (detail == null) {
            addOpenedChangeListener(e -> form.focus());
        }
    }

    private Div recordSection(EventDetail d) {
        Div section = new Div();
        section.addClassName("record-section");
        // Each party's secretary ticks the own members; the others' rows are theirs to record.
        List<AttendeeRow> own = d.attendees().stream()
                .filter(a -> d.recordableMemberIds().contains(a.memberId()))
                .toList();
        attendance = new AttendancePanel(own, d.status(), true);
        if (own.size() < d.attendees().size()) {
            section.add(new Div(getTranslation(
                    "calendar.joint.ownMembersHint", d.attendees().size() - own.size())));
        }
        minutes = new TextField(getTranslation("calendar.event.minutes"));
        minutes.setId("event-minutes");
        minutes.setWidthFull();
        minutes.setMaxLength(500);
        minutes.setPlaceholder(getTranslation("calendar.event.minutesHint"));
        minutes.setValue(d.minutes() == null ? "" : d.minutes());
        if (!d.canEdit()) {
            minutes = null; // the organiser keeps the minutes
            section.add(attendance);
            return section;
        }
        if (d.status() == EventStatus.PLANNED) {
            held = new Checkbox(getTranslation("calendar.event.markHeld"));
            held.setId("event-held");
            attendance.setVisible(false);
            minutes.setVisible(false);
            held.addValueChangeListener(e -> {
                attendance.setVisible(e.getValue());
                minutes.setVisible(e.getValue());
                if (e.getValue()) {
                    minutes.focus();
                }
            });
            section.add(held);
        }
        section.add(minutes, attendance);
        return section;
    }

    private Div readOnlyAttendance(EventDetail d) {
        Div box = new Div();
        if (d.viewerExpected() && !d.canEdit()) {
            AttendeeRow own = d.attendees().stream()
                    .filter(a -> ui.user().memberId() != null
                            && a.memberId() == ui.user().memberId())
                    .findFirst()
                    .orElse(null);
            String state = own == null || own.status() == null
                    ? getTranslation(
                            own != null && own.signedInAt() != null
                                    ? "calendar.attendance.signedIn"
                                    : "calendar.attendance.expected")
                    : getTranslation("enum.AttendanceStatus." + own.status());
            Span s = new Span(getTranslation("calendar.attendance.mine", state));
            s.setId("my-attendance");
            box.add(s);
        }
        if (d.status() == EventStatus.HELD) {
            long present = d.attendees().stream()
                    .filter(a -> a.status() == AttendanceStatus.PRESENT)
                    .count();
            box.add(new Div(getTranslation(
                    "calendar.attendance.count", present, d.attendees().size())));
        }
        return box;
    }

    private void save() {
        try {
            if (detail == null || form.hasChanges()) {
                // A details change is saved first; its new version carries into the record below.
                EventInput in = form.input().withVersion(version);
                version = ui.schedule.save(detail == null ? withKey(in) : in).getVersion();
            }
            boolean record = detail != null
                    && attendance != null
                    && (detail.status() == EventStatus.HELD
                            || (held != null && held.getValue())
                            || detail.recordsOwnMembersOnly());
            if (record) {
                ui.attendance.recordHeld(new HeldInput(
                        detail.id(),
                        version,
                        attendance.present(),
                        attendance.onLeave(),
                        minutes == null ? null : minutes.getValue()));
            }
            Notifier.success(this, record ? "calendar.event.recorded" : "calendar.event.saved");
            close();
            onChanged.run();
        } catch (RuntimeException e) {
            Notifier.error(this, e);
        } finally {
            if (save != null && isOpened()) {
                save.setEnabled(true);
            }
        }
    }

    private EventInput withKey(EventInput in) {
        return in.withCreationKey(creationKey);
    }
}
