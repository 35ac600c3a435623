package cn.dangjian.points;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A line waiting for a decision: a manual entry a secretary submitted ({@link SourceType#MANUAL}), or the
 * attendance of one member at an event recorded too late ({@link SourceType#EVENT}: the state the attendance
 * asks for). Either reaches the ledger only when approved.
 */
@Entity
@Table(name = "points_submission")
public class PointsSubmission extends BaseEntity {

    @Column(name = "batch_key", nullable = false, length = 40)
    private String batchKey = "";

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "branch_id", nullable = false)
    private long branchId;

    @Column(name = "rule_id", nullable = false)
    private long ruleId;

    @Column(name = "points", nullable = false)
    private int points;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate = LocalDate.EPOCH;

    @Column(name = "note", length = 300)
    private @Nullable String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SubmissionStatus status = SubmissionStatus.PENDING;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy = "";

    @Column(name = "decided_by", length = 100)
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decision_reason", length = 300)
    private @Nullable String decisionReason;

    @Column(name = "entry_id")
    private @Nullable Long entryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 20)
    private SourceType sourceType = SourceType.MANUAL;

    @Column(name = "event_id")
    private @Nullable Long eventId;

    @Column(name = "event_title", length = 200)
    private @Nullable String eventTitle;

    @Column(name = "event_held")
    private @Nullable Boolean eventHeld;

    @Column(name = "target_state", length = 20)
    private @Nullable String targetState;

    @Column(name = "target_hours", precision = 6, scale = 2)
    private @Nullable BigDecimal targetHours;

    public String getBatchKey() {
        return batchKey;
    }

    void setBatchKey(String batchKey) {
        this.batchKey = batchKey;
    }

    public long getMemberId() {
        return memberId;
    }

    void setMemberId(long memberId) {
        this.memberId = memberId;
    }

    public long getBranchId() {
        return branchId;
    }

    void setBranchId(long branchId) {
        this.branchId = branchId;
    }

    public long getRuleId() {
        return ruleId;
    }

    void setRuleId(long ruleId) {
        this.ruleId = ruleId;
    }

    public int getPoints() {
        return points;
    }

    void setPoints(int points) {
        this.points = points;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    void setEntryDate(LocalDate entryDate) {
        this.entryDate = entryDate;
    }

    public @Nullable String getNote() {
        return note;
    }

    void setNote(@Nullable String note) {
        this.note = note;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    void setStatus(SubmissionStatus status) {
        this.status = status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    void setSubmittedBy(String submittedBy) {
        this.submittedBy = submittedBy;
    }

    public @Nullable String getDecidedBy() {
        return decidedBy;
    }

    void setDecidedBy(@Nullable String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    void setDecidedAt(@Nullable Instant decidedAt) {
        this.decidedAt = decidedAt;
    }

    public @Nullable String getDecisionReason() {
        return decisionReason;
    }

    void setDecisionReason(@Nullable String decisionReason) {
        this.decisionReason = decisionReason;
    }

    public @Nullable Long getEntryId() {
        return entryId;
    }

    void setEntryId(@Nullable Long entryId) {
        this.entryId = entryId;
    }

    public SourceType getSourceType() {
        return sourceType;
    }

    void setSourceType(SourceType sourceType) {
        this.sourceType = sourceType;
    }

    public @Nullable Long getEventId() {
        return eventId;
    }

    void setEventId(@Nullable Long eventId) {
        this.eventId = eventId;
    }

    public @Nullable String getEventTitle() {
        return eventTitle;
    }

    void setEventTitle(@Nullable String eventTitle) {
        this.eventTitle = eventTitle;
    }

    @Nullable
    Boolean getEventHeld() {
        return eventHeld;
    }

    void setEventHeld(@Nullable Boolean eventHeld) {
        this.eventHeld = eventHeld;
    }

    public @Nullable String getTargetState() {
        return targetState;
    }

    void setTargetState(@Nullable String targetState) {
        this.targetState = targetState;
    }

    @Nullable
    BigDecimal getTargetHours() {
        return targetHours;
    }

    void setTargetHours(@Nullable BigDecimal targetHours) {
        this.targetHours = targetHours;
    }
}
