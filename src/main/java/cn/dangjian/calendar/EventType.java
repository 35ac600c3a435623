package cn.dangjian.calendar;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A kind of calendar event (支委会, 主题党日 …), configurable by the administrator. */
@Entity
@Table(name = "cal_event_type")
public class EventType extends BaseEntity {

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{calendar.type.codeFormat}")
    @Column(name = "code", nullable = false, length = 40)
    private String code = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 60, message = "{validation.tooLong}")
    @Column(name = "name_zh", nullable = false, length = 60)
    private String nameZh = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 80, message = "{validation.tooLong}")
    @Column(name = "name_en", nullable = false, length = 80)
    private String nameEn = "";

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "{calendar.type.colorFormat}")
    @Column(name = "color", nullable = false, length = 7)
    private String color = "#c8102e";

    @Column(name = "counts_compliance", nullable = false)
    private boolean countsCompliance;

    @Column(name = "study", nullable = false)
    private boolean study;

    @DecimalMin(value = "0.25", message = "{calendar.type.hours}")
    @DecimalMax(value = "24", message = "{calendar.type.hours}")
    @Column(name = "default_hours", nullable = false)
    private double defaultHours = 1;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    public EventType() {}

    public EventType(
            String code,
            String nameZh,
            String nameEn,
            String color,
            boolean countsCompliance,
            boolean study,
            double defaultHours,
            int sortOrder) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.color = color;
        this.countsCompliance = countsCompliance;
        this.study = study;
        this.defaultHours = defaultHours;
        this.sortOrder = sortOrder;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
    }

    public boolean isCountsCompliance() {
        return countsCompliance;
    }

    public void setCountsCompliance(boolean countsCompliance) {
        this.countsCompliance = countsCompliance;
    }

    public boolean isStudy() {
        return study;
    }

    public void setStudy(boolean study) {
        this.study = study;
    }

    public double getDefaultHours() {
        return defaultHours;
    }

    public void setDefaultHours(double defaultHours) {
        this.defaultHours = defaultHours;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
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
        m.put("nameZh", nameZh);
        m.put("nameEn", nameEn);
        m.put("color", color);
        m.put("countsCompliance", countsCompliance);
        m.put("study", study);
        m.put("defaultHours", defaultHours);
        m.put("active", active);
        return m;
    }
}
