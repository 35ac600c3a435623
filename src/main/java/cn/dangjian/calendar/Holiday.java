package cn.dangjian.calendar;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** 法定节假日, or a weekend day worked instead (调休, workingDay): data the administrator corrects. */
@Entity
@Table(name = "cal_holiday")
public class Holiday extends BaseEntity {

    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    @Column(name = "day", nullable = false)
    private @Nullable LocalDate day;

    @Column(name = "name", nullable = false, length = 40)
    private String name = "";

    @Column(name = "working_day", nullable = false)
    private boolean workingDay;

    Holiday() {}

    Holiday(LocalDate day) {
        this.day = day;
    }

    void set(String name, boolean workingDay) {
        this.name = name;
        this.workingDay = workingDay;
    }

    Map<String, Object> auditSnapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("day", day);
        m.put("name", name);
        m.put("workingDay", workingDay);
        return m;
    }

    public @Nullable LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }

    public boolean isWorkingDay() {
        return workingDay;
    }
}
