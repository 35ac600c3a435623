package cn.dangjian.points;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** 积分规则. Editing a rule changes future entries only: the ledger keeps the points actually granted. */
@Entity
@Table(name = "points_rule")
public class PointsRule extends BaseEntity {

    @NotBlank(message = "{validation.required}")
    @Size(max = 40, message = "{validation.tooLong}")
    @Column(name = "code", nullable = false, length = 40)
    private String code = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    @Column(name = "name", nullable = false, length = 100)
    private String name = "";

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30)
    private RuleCategory category = RuleCategory.ORG_LIFE;

    @Column(name = "points", nullable = false)
    private int points;

    @Column(name = "min_points", nullable = false)
    private int minPoints;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    @Column(name = "cap_day")
    private @Nullable Integer capDay;

    @Column(name = "cap_month")
    private @Nullable Integer capMonth;

    @Column(name = "cap_year")
    private @Nullable Integer capYear;

    /** Calendar event type codes this rule applies to, comma-separated. */
    @Size(max = 300, message = "{validation.tooLong}")
    @Column(name = "event_type_codes", length = 300)
    private @Nullable String eventTypeCodes;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_trigger", length = 20)
    private @Nullable EventTrigger eventTrigger;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RuleCategory getCategory() {
        return category;
    }

    public void setCategory(RuleCategory category) {
        this.category = category;
    }

    public int getPoints() {
        return points;
    }

    public void setPoints(int points) {
        this.points = points;
    }

    public int getMinPoints() {
        return minPoints;
    }

    public void setMinPoints(int minPoints) {
        this.minPoints = minPoints;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    public void setMaxPoints(int maxPoints) {
        this.maxPoints = maxPoints;
    }

    public @Nullable Integer getCapDay() {
        return capDay;
    }

    public void setCapDay(@Nullable Integer capDay) {
        this.capDay = capDay;
    }

    public @Nullable Integer getCapMonth() {
        return capMonth;
    }

    public void setCapMonth(@Nullable Integer capMonth) {
        this.capMonth = capMonth;
    }

    public @Nullable Integer getCapYear() {
        return capYear;
    }

    public void setCapYear(@Nullable Integer capYear) {
        this.capYear = capYear;
    }

    public @Nullable String getEventTypeCodes() {
        return eventTypeCodes;
    }

    public void setEventTypeCodes(@Nullable String eventTypeCodes) {
        this.eventTypeCodes = eventTypeCodes;
    }

    public boolean appliesTo(String eventTypeCode, EventTrigger trigger) {
        if (!active || eventTrigger != trigger || eventTypeCodes == null) {
            return false;
        }
        for (String c : eventTypeCodes.split(",")) {
            if (c.trim().equals(eventTypeCode)) {
                return true;
            }
        }
        return false;
    }

    public @Nullable EventTrigger getEventTrigger() {
        return eventTrigger;
    }

    public void setEventTrigger(@Nullable EventTrigger eventTrigger) {
        this.eventTrigger = eventTrigger;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    Map<String, Object> auditSnapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("category", category);
        m.put("points", points);
        m.put("range", minPoints + ".." + maxPoints);
        m.put("caps", capDay + "/" + capMonth + "/" + capYear);
        m.put("event", eventTypeCodes + ":" + eventTrigger);
        m.put("active", active);
        return m;
    }
}
