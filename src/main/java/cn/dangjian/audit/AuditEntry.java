package cn.dangjian.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded change: who, when, what, and the fields before and after. Never updated. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor = "";

    @Column(name = "entity_type", nullable = false, length = 60)
    private String entityType = "";

    @Column(name = "entity_id")
    private @Nullable Long entityId;

    @Column(name = "action", nullable = false, length = 30)
    private String action = "";

    @Column(name = "entity_label", length = 200)
    private @Nullable String entityLabel;

    @Column(name = "changes", columnDefinition = "TEXT")
    private @Nullable String changes;

    protected AuditEntry() {}

    public AuditEntry(
            Instant occurredAt,
            String actor,
            String entityType,
            @Nullable Long entityId,
            String action,
            @Nullable String entityLabel,
            @Nullable String changes) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.entityLabel = entityLabel;
        this.changes = changes;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public @Nullable Long getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public @Nullable String getEntityLabel() {
        return entityLabel;
    }

    public @Nullable String getChanges() {
        return changes;
    }
}
