package cn.dangjian.pairing;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What was actually done under a pairing, linked to the goals it serves. */
@Entity
@Table(name = "pairing_evidence")
class PairingEvidence extends BaseEntity {

    @Column(name = "pairing_id", nullable = false)
    private Long pairingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private EvidenceKind kind = EvidenceKind.JOINT_ACTIVITY;

    @Column(name = "title", nullable = false, length = 200)
    private String title = "";

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn = LocalDate.of(2000, 1, 1);

    @Column(name = "description", length = 2000)
    private @Nullable String description;

    /** Set when the calendar recorded this for a held joint event: the key of idempotent updates. */
    @Column(name = "calendar_event_id")
    private @Nullable Long calendarEventId;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "pairing_evidence_goal", joinColumns = @JoinColumn(name = "evidence_id"))
    @Column(name = "goal_id")
    private Set<Long> goalIds = new HashSet<>();

    /** People of external units who took part (they have no membership to list); null = not recorded. */
    @Column(name = "external_participants")
    private @Nullable Integer externalParticipants;

    /** People served by a service event (服务群众人次); null = not recorded or not a service event. */
    @Column(name = "people_served")
    private @Nullable Integer peopleServed;

    protected PairingEvidence() {}

    PairingEvidence(Long pairingId) {
        this.pairingId = pairingId;
    }

    Long getPairingId() {
        return pairingId;
    }

    void setPairingId(Long pairingId) {
        this.pairingId = pairingId;
    }

    EvidenceKind getKind() {
        return kind;
    }

    void setKind(EvidenceKind kind) {
        this.kind = kind;
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    LocalDate getHappenedOn() {
        return happenedOn;
    }

    void setHappenedOn(LocalDate happenedOn) {
        this.happenedOn = happenedOn;
    }

    @Nullable
    String getDescription() {
        return description;
    }

    void setDescription(@Nullable String description) {
        this.description = description;
    }

    @Nullable
    Long getCalendarEventId() {
        return calendarEventId;
    }

    void setCalendarEventId(@Nullable Long calendarEventId) {
        this.calendarEventId = calendarEventId;
    }

    Set<Long> getGoalIds() {
        return goalIds;
    }

    @Nullable
    Integer getExternalParticipants() {
        return externalParticipants;
    }

    void setExternalParticipants(@Nullable Integer externalParticipants) {
        this.externalParticipants = externalParticipants;
    }

    @Nullable
    Integer getPeopleServed() {
        return peopleServed;
    }

    void setPeopleServed(@Nullable Integer peopleServed) {
        this.peopleServed = peopleServed;
    }
}
