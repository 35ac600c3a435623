package cn.dangjian.pairing;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A party to an alliance: an internal branch or an external unit, with its role, dates and contact (联络员). */
@Entity
@Table(name = "pairing_party")
class PairingParty extends BaseEntity {

    @Column(name = "pairing_id", nullable = false)
    private Long pairingId;

    @Column(name = "branch_id")
    private @Nullable Long branchId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "external_unit_id")
    private @Nullable ExternalUnit externalUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private AllianceRole role = AllianceRole.MEMBER;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn = LocalDate.of(2000, 1, 1);

    @Column(name = "left_on")
    private @Nullable LocalDate leftOn;

    @Column(name = "contact_person", length = 50)
    private @Nullable String contactPerson;

    @Column(name = "contact_phone", length = 30)
    private @Nullable String contactPhone;

    protected PairingParty() {}

    PairingParty(Long pairingId, @Nullable Long branchId, @Nullable ExternalUnit externalUnit) {
        this.pairingId = pairingId;
        this.branchId = branchId;
        this.externalUnit = externalUnit;
    }

    Long getPairingId() {
        return pairingId;
    }

    @Nullable
    Long getBranchId() {
        return branchId;
    }

    @Nullable
    ExternalUnit getExternalUnit() {
        return externalUnit;
    }

    AllianceRole getRole() {
        return role;
    }

    void setRole(AllianceRole role) {
        this.role = role;
    }

    LocalDate getJoinedOn() {
        return joinedOn;
    }

    void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    @Nullable
    LocalDate getLeftOn() {
        return leftOn;
    }

    void setLeftOn(@Nullable LocalDate leftOn) {
        this.leftOn = leftOn;
    }

    @Nullable
    String getContactPerson() {
        return contactPerson;
    }

    void setContactPerson(@Nullable String contactPerson) {
        this.contactPerson = contactPerson;
    }

    @Nullable
    String getContactPhone() {
        return contactPhone;
    }

    void setContactPhone(@Nullable String contactPhone) {
        this.contactPhone = contactPhone;
    }

    /** Whether the membership covers any day of [from, to]. */
    boolean overlaps(LocalDate from, @Nullable LocalDate to) {
        boolean startsBeforeEnd = to == null || !joinedOn.isAfter(to);
        boolean endsAfterStart = leftOn == null || !leftOn.isBefore(from);
        return startsBeforeEnd && endsAfterStart;
    }
}
