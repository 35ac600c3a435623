package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.SignInRequestRow;
import cn.dangjian.common.ui.ExportedColumns;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.Notifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Late sign-ins waiting for the secretary: scans that arrived after the event was recorded. Accepting
 * re-records the attendance with the member present (points follow); declining leaves it as it was.
 * Hidden when nothing waits.
 */
class SignInRequestsPanel extends VerticalLayout {

    private final CalendarUi ui;
    private final @Nullable Long eventId;
    private final Runnable afterDecision;
    private final Grid<SignInRequestRow> grid = new Grid<>();

    SignInRequestsPanel(CalendarUi ui, @Nullable Long eventId, Runnable afterDecision) {
        this.ui = ui;
        this.eventId = eventId;
        this.afterDecision = afterDecision;
        setId(eventId == null ? "sign-in-requests" : "event-sign-in-requests");
        setPadding(false);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        if (eventId == null) {
            grid.addColumn(r -> r.eventStart().format(EventDialog.TIME) + " " + r.eventTitle())
                    .setHeader(getTranslation("calendar.event.title"))
                    .setAutoWidth(true)
                    .setFlexGrow(1);
        }
        grid.addColumn(SignInRequestRow::memberName)
                .setHeader(getTranslation("calendar.attendance.name"))
                .setAutoWidth(true);
        ExportedColumns.set(
                        grid.addColumn(r -> r.requestedAt().format(EventDialog.TIME)),
                        r -> r.requestedAt().truncatedTo(ChronoUnit.MINUTES))
                .setHeader(getTranslation("calendar.signIn.requestedAt"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        add(new H3(getTranslation("calendar.signIn.requests")), GridExport.of(grid, "sign-in-requests"), grid);
        reload();
    }

    private HorizontalLayout actions(SignInRequestRow r) {
        Button accept = new Button(
                getTranslation("calendar.signIn.accept"),
                e -> decide(() -> ui.signIns.accept(r.id()), "calendar.signIn.accepted", r.memberName()));
        accept.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        accept.setDisableOnClick(true);
        accept.addClassName("sign-in-accept");
        Button decline = new Button(
                getTranslation("calendar.signIn.decline"),
                e -> decide(() -> ui.signIns.decline(r.id()), "calendar.signIn.declinedDone", r.memberName()));
        decline.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        decline.setDisableOnClick(true);
        decline.addClassName("sign-in-decline");
        return new HorizontalLayout(accept, decline);
    }

    private void decide(Runnable action, String doneKey, String name) {
        Notifier.attempt(this, action, doneKey, name);
        reload();
        afterDecision.run();
    }

    private void reload() {
        List<SignInRequestRow> rows = ui.signIns.pending(eventId);
        grid.setItems(rows);
        setVisible(!rows.isEmpty());
    }
}
