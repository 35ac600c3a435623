package cn.dangjian.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One transition of an assignment, kept for good: who moved it, when, and why. Never edited. */
@Entity
@Table(name = "plan_assignment_step")
public class AssignmentStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "assignment_id", nullable = false, updatable = false)
    private long assignmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 12, updatable = false)
    private @Nullable AssignmentState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 12, updatable = false)
    private AssignmentState to = AssignmentState.ISSUED;

    @Column(name = "actor", nullable = false, length = 100, updatable = false)
    private String actor = "";

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant actedAt = Instant.EPOCH;

    @Column(name = "reason", length = 500, updatable = false)
    private @Nullable String reason;

    AssignmentStep() {}

    AssignmentStep(
            long assignmentId,
            @Nullable AssignmentState from,
            AssignmentState to,
            String actor,
            Instant actedAt,
            @Nullable String reason) {
        this.assignmentId = assignmentId;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.actedAt = actedAt;
        this.reason = reason;
    }

    public @Nullable AssignmentState getFrom() {
        return from;
    }

    public AssignmentState getTo() {
        return to;
    }

    public String getActor() {
        return actor;
    }

    public Instant getActedAt() {
        return actedAt;
    }

    public @Nullable String getReason() {
        return reason;
    }
}
