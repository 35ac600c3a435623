package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.AttendanceStatus;
import cn.dangjian.calendar.AttendeeRow;
import cn.dangjian.calendar.EventStatus;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attendance as the secretary ticks it: everybody expected is ticked present by default (or as
 * recorded); untick the absentees; a reason makes an unticked member "on leave" (请假).
 */
class AttendancePanel extends VerticalLayout {

    private final Grid<AttendeeRow> grid = new Grid<>();
    private final Map<Long, TextField> reasons = new HashMap<>();
    private final Span count = new Span();
    private final List<AttendeeRow> rows;

    AttendancePanel(List<AttendeeRow> rows, EventStatus status, boolean editable) {
        this.rows = rows;
        setPadding(false);
        setSpacing(false);
        grid.setId("attendance-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(editable ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        grid.addColumn(AttendeeRow::name)
                .setHeader(getTranslation("calendar.attendance.name"))
                .setAutoWidth(true);
        grid.addColumn(AttendeeRow::staffNumber)
                .setHeader(getTranslation("calendar.attendance.staffNumber"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.status() == null
                        ? (r.signedInAt() != null ? getTranslation("calendar.attendance.signedIn") : "—")
                        : getTranslation("enum.AttendanceStatus." + r.status()))
                .setHeader(getTranslation("calendar.attendance.recorded"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
                    TextField reason = reasons.computeIfAbsent(r.memberId(), k -> {
                        TextField f = new TextField();
                        f.setPlaceholder(getTranslation("calendar.attendance.leaveReason"));
                        f.setWidthFull();
                        f.setMaxLength(200);
                        f.setValue(r.leaveReason() == null ? "" : r.leaveReason());
                        f.setReadOnly(!editable);
                        return f;
                    });
                    reason.setEnabled(!grid.asMultiSelect().isSelected(r) || !editable);
                    return reason;
                })
                .setHeader(getTranslation("calendar.attendance.leave"))
                .setFlexGrow(1);
        grid.setItems(rows);
        grid.setHeight(rows.size() > 8 ? "320px" : null);
        grid.setAllRowsVisible(rows.size() <= 8);
        grid.setEmptyStateText(getTranslation("calendar.attendance.empty"));
        if (editable) {
            Set<AttendeeRow> present = new HashSet<>();
            for (AttendeeRow r : rows) {
                if (status != EventStatus.HELD || r.status() == AttendanceStatus.PRESENT) {
                    present.add(r);
                }
            }
            grid.asMultiSelect().select(present);
            grid.asMultiSelect().addValueChangeListener(e -> {
                updateCount();
                grid.getDataProvider().refreshAll();
            });
        }
        updateCount();
        add(count, grid);
    }

    private void updateCount() {
        long present = grid.getSelectionModel() instanceof GridMultiSelectionModel<?>
                ? grid.asMultiSelect().getSelectedItems().size()
                : rows.stream()
                        .filter(r -> r.status() == AttendanceStatus.PRESENT)
                        .count();
        count.setText(getTranslation("calendar.attendance.count", present, rows.size()));
        count.setId("attendance-count");
    }

    Set<Long> present() {
        Set<Long> ids = new HashSet<>();
        grid.asMultiSelect().getSelectedItems().forEach(r -> ids.add(r.memberId()));
        return ids;
    }

    Map<Long, String> onLeave() {
        Set<Long> present = present();
        Map<Long, String> leave = new HashMap<>();
        reasons.forEach((id, f) -> {
            if (!present.contains(id) && !f.getValue().isBlank()) {
                leave.put(id, f.getValue().trim());
            }
        });
        for (AttendeeRow r : rows) {
            // A recorded leave keeps its reason even when its field was never rendered.
            if (!present.contains(r.memberId())
                    && !reasons.containsKey(r.memberId())
                    && r.status() == AttendanceStatus.LEAVE) {
                leave.put(r.memberId(), r.leaveReason() == null ? "" : r.leaveReason());
            }
        }
        return leave;
    }
}
