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

/**
 * A self sign-in that arrived after the event was recorded. It changes nothing until the secretary
 * accepts it; one per member and event, so scanning again does not queue it twice.
 */
@Entity
@Table(name = "cal_sign_in_request")
class SignInRequest extends BaseEntity {

    enum Status {
        PENDING,
        ACCEPTED,
        DECLINED
    }

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
    @Column(name = "requested_at", nullable = false)
    private @Nullable LocalDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Column(name = "decided_by", length = 50)
    private @Nullable String decidedBy;

    @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
    @Column(name = "decided_at")
    private @Nullable LocalDateTime decidedAt;

    protected SignInRequest() {}

    SignInRequest(long eventId, long memberId, LocalDateTime requestedAt) {
        this.eventId = eventId;
        this.memberId = memberId;
        this.requestedAt = requestedAt;
    }

    long getEventId() {
        return eventId;
    }

    long getMemberId() {
        return memberId;
    }

    @Nullable
    LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    Status getStatus() {
        return status;
    }

    void decide(Status outcome, String by, LocalDateTime at) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
    }
}
