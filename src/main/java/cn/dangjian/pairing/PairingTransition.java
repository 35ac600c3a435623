package cn.dangjian.pairing;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Who moved a pairing from one status to the next, and when. Never changed once written. */
@Entity
@Table(name = "pairing_transition")
class PairingTransition extends BaseEntity {

    @Column(name = "pairing_id", nullable = false)
    private Long pairingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private @Nullable PairingStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private PairingStatus toStatus;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(name = "note", length = 500)
    private @Nullable String note;

    protected PairingTransition() {}

    PairingTransition(
            Long pairingId,
            @Nullable PairingStatus fromStatus,
            PairingStatus toStatus,
            String actor,
            Instant happenedAt,
            @Nullable String note) {
        this.pairingId = pairingId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.happenedAt = happenedAt;
        this.note = note;
    }

    Long getPairingId() {
        return pairingId;
    }

    @Nullable
    PairingStatus getFromStatus() {
        return fromStatus;
    }

    PairingStatus getToStatus() {
        return toStatus;
    }

    String getActor() {
        return actor;
    }

    Instant getHappenedAt() {
        return happenedAt;
    }

    @Nullable
    String getNote() {
        return note;
    }
}
