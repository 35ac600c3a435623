package cn.dangjian.assessment;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An entry of the honours register (表彰): an award to a member or to a branch, with its decision date. */
@Entity
@Table(name = "assessment_honour")
public class Honour extends BaseEntity {

    @Column(name = "honour_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "award", nullable = false, length = 40)
    private AwardKind award = AwardKind.EXCELLENT_MEMBER;

    @Column(name = "member_id")
    private @Nullable Long memberId;

    @Column(name = "branch_id")
    private @Nullable Long branchId;

    @Column(name = "event_id")
    private @Nullable Long eventId;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn = LocalDate.EPOCH;

    @Column(name = "citation", length = 300)
    private @Nullable String citation;

    /** The ledger entry this honour awarded through its points rule, reversed when the honour is revoked. */
    @Column(name = "points_entry_id")
    private @Nullable Long pointsEntryId;

    protected Honour() {}

    Honour(
            int year,
            AwardKind award,
            @Nullable Long memberId,
            @Nullable Long branchId,
            @Nullable Long eventId,
            LocalDate decidedOn,
            @Nullable String citation) {
        this.year = year;
        this.award = award;
        this.memberId = memberId;
        this.branchId = branchId;
        this.eventId = eventId;
        this.decidedOn = decidedOn;
        this.citation = citation;
    }

    public int getYear() {
        return year;
    }

    public AwardKind getAward() {
        return award;
    }

    public @Nullable Long getMemberId() {
        return memberId;
    }

    public @Nullable Long getBranchId() {
        return branchId;
    }

    public @Nullable Long getEventId() {
        return eventId;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public @Nullable String getCitation() {
        return citation;
    }

    public @Nullable Long getPointsEntryId() {
        return pointsEntryId;
    }

    void awarded(@Nullable Long entryId) {
        this.pointsEntryId = entryId;
    }
}
