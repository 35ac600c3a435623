package cn.dangjian.calendar;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** 活动: one dated event of a branch. The branch is kept as an id: the organisation feature owns branches. */
@Entity
@Table(name = "cal_event")
public class CalendarEvent extends BaseEntity {

    /** The longest title the column holds; forms show the limit instead of cutting silently. */
    public static final int TITLE_MAX = 120;

    @NotNull(message = "{validation.required}")
    @Column(name = "branch_id", nullable = false)
    private @Nullable Long branchId;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_type_id")
    private @Nullable EventType eventType;

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.tooLong}")
    @Column(name = "title", nullable = false, length = 120)
    private String title = "";

    @NotNull(message = "{validation.required}")
    @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
    @Column(name = "start_at", nullable = false)
    private @Nullable LocalDateTime startAt;

    @NotNull(message = "{validation.required}")
    @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
    @Column(name = "end_at", nullable = false)
    private @Nullable LocalDateTime endAt;

    @Size(max = 120, message = "{validation.tooLong}")
    @Column(name = "place", length = 120)
    private @Nullable String place;

    @Size(max = 300, message = "{validation.tooLong}")
    @Column(name = "partners", length = 300)
    private @Nullable String partners;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, length = 20)
    private Audience audience = Audience.BRANCH;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private EventStatus status = EventStatus.PLANNED;

    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    @Column(name = "held_date")
    private @Nullable LocalDate heldDate;

    @Size(max = 500, message = "{validation.tooLong}")
    @Column(name = "minutes", length = 500)
    private @Nullable String minutes;

    @Column(name = "pairing_id")
    private @Nullable Long pairingId;

    @Embedded
    private JointFacts joint = new JointFacts();

    /** Changed only by a bulk update ("new code"), never by saving the entity: a stale form cannot undo a revocation. */
    @Column(name = "sign_in_generation", insertable = false, updatable = false)
    private int signInGeneration;

    @Column(name = "creation_key", length = 36, updatable = false)
    private @Nullable String creationKey;

    /** The duty period generation planned this event for; kept when the event is moved or cancelled. */
    @Column(name = "plan_period", length = 12, updatable = false)
    private @Nullable String planPeriod;

    /** Why it was cancelled: the secretary's words, or the branch's dissolution (decision 0020). */
    @Column(name = "cancel_reason", length = 200)
    private @Nullable String cancelReason;

    /** When the secretary confirmed a generated event's date and place; null while untouched. */
    @Column(name = "confirmed_at")
    private @Nullable LocalDateTime confirmedAt;

    public @Nullable Long getBranchId() {
        return branchId;
    }

    public void setBranchId(@Nullable Long branchId) {
        this.branchId = branchId;
    }

    public @Nullable EventType getEventType() {
        return eventType;
    }

    public void setEventType(@Nullable EventType eventType) {
        this.eventType = eventType;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public @Nullable LocalDateTime getStartAt() {
        return startAt;
    }

    public void setStartAt(@Nullable LocalDateTime startAt) {
        this.startAt = startAt;
    }

    public @Nullable LocalDateTime getEndAt() {
        return endAt;
    }

    public void setEndAt(@Nullable LocalDateTime endAt) {
        this.endAt = endAt;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public void setPlace(@Nullable String place) {
        this.place = place;
    }

    public @Nullable String getPartners() {
        return partners;
    }

    public void setPartners(@Nullable String partners) {
        this.partners = partners;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public EventStatus getStatus() {
        return status;
    }

    void setStatus(EventStatus status) {
        this.status = status;
    }

    public @Nullable LocalDate getHeldDate() {
        return heldDate;
    }

    void setHeldDate(@Nullable LocalDate heldDate) {
        this.heldDate = heldDate;
    }

    public @Nullable String getMinutes() {
        return minutes;
    }

    public void setMinutes(@Nullable String minutes) {
        this.minutes = minutes;
    }

    public @Nullable Long getPairingId() {
        return pairingId;
    }

    public void setPairingId(@Nullable Long pairingId) {
        this.pairingId = pairingId;
    }

    public JointFacts getJoint() {
        return joint;
    }

    int getSignInGeneration() {
        return signInGeneration;
    }

    @Nullable
    String getCreationKey() {
        return creationKey;
    }

    void setCreationKey(@Nullable String creationKey) {
        this.creationKey = creationKey;
    }

    @Nullable
    String getPlanPeriod() {
        return planPeriod;
    }

    void setPlanPeriod(@Nullable String planPeriod) {
        this.planPeriod = planPeriod;
    }

    public @Nullable String getCancelReason() {
        return cancelReason;
    }

    void setCancelReason(@Nullable String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public @Nullable LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    void setConfirmedAt(@Nullable LocalDateTime confirmedAt) {
        this.confirmedAt = confirmedAt;
    }

    Map<String, Object> auditSnapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("branchId", branchId);
        m.put("type", eventType == null ? null : eventType.getCode());
        m.put("title", title);
        m.put("startAt", startAt);
        m.put("endAt", endAt);
        m.put("place", place);
        m.put("partners", partners);
        m.put("audience", audience);
        m.put("status", status);
        m.put("heldDate", heldDate);
        m.put("minutes", minutes);
        m.put("pairingId", pairingId);
        m.put("goals", java.util.List.copyOf(joint.getGoalIds()));
        m.put("partnerBranches", java.util.List.copyOf(joint.getPartnerBranchIds()));
        m.put("externalParticipants", joint.getExternalParticipants());
        m.put("peopleServed", joint.getPeopleServed());
        m.put("cancelReason", cancelReason);
        m.put("confirmedAt", confirmedAt);
        return m;
    }
}
