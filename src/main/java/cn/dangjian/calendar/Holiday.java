package cn.dangjian.calendar;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
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
