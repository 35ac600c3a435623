package cn.dangjian.assessment;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One branch's assessment in a campaign; the total is kept current with every score change. */
@Entity
@Table(name = "assessment_sheet")
public class Sheet extends BaseEntity {

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "branch_id", nullable = false)
    private long branchId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SheetStatus status = SheetStatus.OPEN;

    @Column(name = "computed_at")
    private @Nullable Instant computedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "total", nullable = false)
    private double total;

    @Column(name = "vetoed", nullable = false)
    private boolean vetoed;

    protected Sheet() {}

    Sheet(long campaignId, long branchId) {
        this.campaignId = campaignId;
        this.branchId = branchId;
    }

    void submit(Instant at) {
        status = SheetStatus.SUBMITTED;
        submittedAt = at;
    }

    void computed(Instant at) {
        computedAt = at;
    }

    void totals(double total, boolean vetoed) {
        this.total = total;
        this.vetoed = vetoed;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getBranchId() {
        return branchId;
    }

    public SheetStatus getStatus() {
        return status;
    }

    public @Nullable Instant getComputedAt() {
        return computedAt;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public double getTotal() {
        return total;
    }

    public boolean isVetoed() {
        return vetoed;
    }
}
