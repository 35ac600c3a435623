package cn.dangjian.plan;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** 月月出成效: one month's result line of a brand project, its evidence and the office's comment. */
@Entity
@Table(name = "plan_brand_month")
public class BrandMonth extends BaseEntity {

    @Column(name = "brand_id", nullable = false, updatable = false)
    private long brandId;

    @Column(name = "month_no", nullable = false, updatable = false)
    private int month;

    @Column(name = "result", nullable = false, length = 500)
    private String result = "";

    @Column(name = "office_comment", length = 500)
    private @Nullable String officeComment;

    @ElementCollection
    @CollectionTable(name = "plan_brand_month_event", joinColumns = @JoinColumn(name = "month_id"))
    @Column(name = "event_id")
    private Set<Long> eventIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "plan_brand_month_need", joinColumns = @JoinColumn(name = "month_id"))
    @Column(name = "need_id")
    private Set<Long> needIds = new HashSet<>();

    BrandMonth() {}

    BrandMonth(long brandId, int month) {
        this.brandId = brandId;
        this.month = month;
    }

    void record(String text, Set<Long> events, Set<Long> needs) {
        result = text.trim();
        eventIds.clear();
        eventIds.addAll(events);
        needIds.clear();
        needIds.addAll(needs);
    }

    void comment(@Nullable String text) {
        officeComment = text == null || text.isBlank() ? null : text.trim();
    }

    public long getBrandId() {
        return brandId;
    }

    public int getMonth() {
        return month;
    }

    public String getResult() {
        return result;
    }

    public @Nullable String getOfficeComment() {
        return officeComment;
    }

    public Set<Long> getEventIds() {
        return Set.copyOf(eventIds);
    }

    /** Closed needs of the pairing feature's lists this result points to. */
    public Set<Long> getNeedIds() {
        return Set.copyOf(needIds);
    }
}
