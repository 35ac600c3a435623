package cn.dangjian.pairing.lists;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A branch taking on a need: one row for a solo claim, one per branch for a joint one. Never changed. */
@Entity
@Table(name = "pairing_need_claim")
class NeedClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "need_id", nullable = false)
    private Long needId;

    @Column(name = "branch_id", nullable = false)
    private Long branchId;

    /** The member (the secretary who claimed) who earns the points when it is closed; null when the office did. */
    @Column(name = "member_id")
    private @Nullable Long memberId;

    @Column(name = "claimed_on", nullable = false)
    private LocalDate claimedOn;

    protected NeedClaim() {
        this.needId = 0L;
        this.branchId = 0L;
        this.claimedOn = LocalDate.of(2000, 1, 1);
    }

    NeedClaim(Long needId, Long branchId, @Nullable Long memberId, LocalDate claimedOn) {
        this.needId = needId;
        this.branchId = branchId;
        this.memberId = memberId;
        this.claimedOn = claimedOn;
    }

    Long getNeedId() {
        return needId;
    }

    Long getBranchId() {
        return branchId;
    }

    @Nullable
    Long getMemberId() {
        return memberId;
    }

    LocalDate getClaimedOn() {
        return claimedOn;
    }
}
