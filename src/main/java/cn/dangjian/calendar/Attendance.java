package cn.dangjian.calendar;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One expected participant of an event and, once known, whether they came (签到). */
@Entity
@Table(name = "cal_attendance")
class Attendance extends BaseEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20)
    private @Nullable AttendanceStatus status;

    @Column(name = "leave_reason", length = 200)
    private @Nullable String leaveReason;

    @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
    @Column(name = "signed_in_at")
    private @Nullable LocalDateTime signedInAt;

    protected Attendance() {}

    Attendance(long eventId, long memberId) {
        this.eventId = eventId;
        this.memberId = memberId;
    }

    long getEventId() {
        return eventId;
    }

    long getMemberId() {
        return memberId;
    }

    @Nullable
    AttendanceStatus getStatus() {
        return status;
    }

    void setStatus(@Nullable AttendanceStatus status) {
        this.status = status;
    }

    @Nullable
    String getLeaveReason() {
        return leaveReason;
    }

    void setLeaveReason(@Nullable String leaveReason) {
        this.leaveReason = leaveReason;
    }

    @Nullable
    LocalDateTime getSignedInAt() {
        return signedInAt;
    }

    void setSignedInAt(@Nullable LocalDateTime signedInAt) {
        this.signedInAt = signedInAt;
    }
}
