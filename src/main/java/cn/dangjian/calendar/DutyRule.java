package cn.dangjian.calendar;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 规定动作: a type of event every applicable branch owes each month, quarter or year. The optional
 * window narrows the due date: for a yearly duty the month it is due by (e.g. 12 = "in Q4, by December"),
 * for a quarterly duty the month within the quarter (1-3), for a monthly duty a preferred day.
 */
@Entity
@Table(name = "cal_duty_rule")
public class DutyRule extends BaseEntity {

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_type_id")
    private @Nullable EventType eventType;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "recurrence", nullable = false, length = 20)
    private Recurrence recurrence = Recurrence.MONTHLY;

    @Min(value = 1, message = "{calendar.rule.window}")
    @Max(value = 12, message = "{calendar.rule.window}")
    @Column(name = "window_month")
    private @Nullable Integer windowMonth;

    @Min(value = 1, message = "{calendar.rule.window}")
    @Max(value = 28, message = "{calendar.rule.window}")
    @Column(name = "window_day")
    private @Nullable Integer windowDay;

    @Column(name = "applies_serving", nullable = false)
    private boolean appliesServing = true;

    @Column(name = "applies_retiree", nullable = false)
    private boolean appliesRetiree = true;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    public DutyRule() {}

    public DutyRule(
            EventType type, Recurrence recurrence, @Nullable Integer windowMonth, boolean serving, boolean retiree) {
        this.eventType = type;
        this.recurrence = recurrence;
        this.windowMonth = windowMonth;
        this.appliesServing = serving;
        this.appliesRetiree = retiree;
    }

    public @Nullable EventType getEventType() {
        return eventType;
    }

    public void setEventType(@Nullable EventType eventType) {
        this.eventType = eventType;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public void setRecurrence(Recurrence recurrence) {
        this.recurrence = recurrence;
    }

    public @Nullable Integer getWindowMonth() {
        return windowMonth;
    }

    public void setWindowMonth(@Nullable Integer windowMonth) {
        this.windowMonth = windowMonth;
    }

    public @Nullable Integer getWindowDay() {
        return windowDay;
    }

    public void setWindowDay(@Nullable Integer windowDay) {
        this.windowDay = windowDay;
    }

    public boolean isAppliesServing() {
        return appliesServing;
    }

    public void setAppliesServing(boolean appliesServing) {
        this.appliesServing = appliesServing;
    }

    public boolean isAppliesRetiree() {
        return appliesRetiree;
    }

    public void setAppliesRetiree(boolean appliesRetiree) {
        this.appliesRetiree = appliesRetiree;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    Map<String, Object> auditSnapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", eventType == null ? null : eventType.getCode());
        m.put("recurrence", recurrence);
        m.put("windowMonth", windowMonth);
        m.put("windowDay", windowDay);
        m.put("appliesServing", appliesServing);
        m.put("appliesRetiree", appliesRetiree);
        m.put("active", active);
        return m;
    }
}
