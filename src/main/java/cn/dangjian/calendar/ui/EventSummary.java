package cn.dangjian.calendar.ui;

import static cn.dangjian.calendar.ui.EventDialog.TIME;

import cn.dangjian.calendar.EventDetail;
import cn.dangjian.calendar.EventStatus;
import cn.dangjian.calendar.EventType;
import cn.dangjian.common.ui.Badges;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The head of the event dialog: type, status, organiser, time and place; for a joint event, who takes part. */
class EventSummary extends Div {

    EventSummary(CalendarUi ui, EventDetail d) {
        EventType type = ui.types().get(d.typeId());
        addClassName("event-summary");
        Span typeBadge = new Span(type == null ? "" : type.name(getLocale()));
        typeBadge.addClassName("event-type-badge");
        typeBadge.getStyle().set("background", type == null ? "#888" : type.getColor());
        Span status = switch (d.status()) {
            case HELD -> Badges.ok(getTranslation("enum.EventStatus.HELD"));
            case CANCELLED -> Badges.error(getTranslation("enum.EventStatus.CANCELLED"));
            case PLANNED -> Badges.warning(getTranslation("enum.EventStatus.PLANNED"));
        };
        status.setId("event-status");
        add(
                typeBadge,
                status,
                new Span(d.branchName() + " · " + d.start().format(TIME) + "–"
                        + d.end().toLocalTime() + (d.place() == null ? "" : " · " + d.place())));
        if (d.joint()) {
            Span joint = Badges.ok(getTranslation("calendar.joint.badge"));
            joint.setId("event-joint");
            add(new Div(
                    joint,
                    new Span(" "
                            + getTranslation("calendar.joint.organisedBy", d.branchName())
                            + (d.partnerBranchNames().isEmpty()
                                    ? ""
                                    : " · "
                                            + getTranslation(
                                                    "calendar.joint.with",
                                                    String.join("、", d.partnerBranchNames()))))));
        }
        if (d.partners() != null) {
            add(new Div(getTranslation("calendar.event.partners") + ": " + d.partners()));
        }
        if (d.minutes() != null && d.status() != EventStatus.PLANNED) {
            add(new Div(getTranslation("calendar.event.minutes") + ": " + d.minutes()));
        }
    }
}
