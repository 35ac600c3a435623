package cn.dangjian.pairing.lists;

import cn.dangjian.common.BaseEntity;
import cn.dangjian.common.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A need (需求) and, once claimed, the project (项目) that answers it. */
@Entity
@Table(name = "pairing_need")
class Need extends BaseEntity {

    @Column(name = "title", nullable = false, length = 200)
    String title = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    NeedKind kind = NeedKind.BUSINESS_LINKAGE;

    @Column(name = "description", length = 2000)
    @Nullable
    String description;

    @Column(name = "raised_on", nullable = false)
    LocalDate raisedOn = LocalDate.of(2000, 1, 1);

    @Column(name = "wanted_by", nullable = false)
    LocalDate wantedBy = LocalDate.of(2000, 1, 1);

    @Column(name = "raised_by_branch_id")
    @Nullable
    Long raisedByBranchId;

    @Column(name = "raised_by_unit_id")
    @Nullable
    Long raisedByUnitId;

    /** The pairing or alliance whose other parties it is addressed to; null = the open list. */
    @Column(name = "pairing_id")
    @Nullable
    Long pairingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    NeedStatus status = NeedStatus.WAITING;

    @Enumerated(EnumType.STRING)
    @Column(name = "claim_mode", length = 10)
    @Nullable
    ClaimMode claimMode;

    @Column(name = "resource_id")
    @Nullable
    Long resourceId;

    @Column(name = "claimed_on")
    @Nullable
    LocalDate claimedOn;

    @Column(name = "closed_on")
    @Nullable
    LocalDate closedOn;

    @Column(name = "result", length = 1000)
    @Nullable
    String result;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", length = 30)
    @Nullable
    NeedRating rating;

    @Column(name = "rating_comment", length = 500)
    @Nullable
    String ratingComment;

    @Column(name = "rated_on")
    @Nullable
    LocalDate ratedOn;

    protected Need() {}

    Need(String title, NeedKind kind, LocalDate raisedOn, LocalDate wantedBy) {
        this.title = title;
        this.kind = kind;
        this.raisedOn = raisedOn;
        this.wantedBy = wantedBy;
    }

    /** Unclaimed past its wanted-by date: flagged, and open to every branch. */
    boolean overdue(LocalDate today) {
        return status == NeedStatus.WAITING && wantedBy.isBefore(today);
    }

    /** On the open list: addressed to nobody in particular, or left unclaimed past its date. */
    boolean open(LocalDate today) {
        return pairingId == null || overdue(today);
    }

    /** A form opened on an older state of the need must not overwrite a newer one. */
    void requireVersion(long version) {
        if (getVersion() != version) {
            throw new BusinessException("error.conflict");
        }
    }

    /** What the audit trail records of the need. */
    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("kind", kind);
        m.put("wantedBy", wantedBy);
        m.put("branch", raisedByBranchId);
        m.put("unit", raisedByUnitId);
        m.put("pairing", pairingId);
        m.put("status", status);
        m.put("claimMode", claimMode);
        m.put("resource", resourceId);
        m.put("result", result);
        m.put("rating", rating);
        return m;
    }
}
