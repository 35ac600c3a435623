package cn.dangjian.plan;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** 一支部一品牌: a branch's brand project of a year, with its SWOT and targets. */
@Entity
@Table(name = "plan_brand")
public class Brand extends BaseEntity {

    @Column(name = "branch_id", nullable = false, updatable = false)
    private long branchId;

    @Column(name = "brand_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "name", nullable = false, length = 60)
    private String name = "";

    @Column(name = "slogan", length = 120)
    private @Nullable String slogan;

    @Column(name = "key_task_id")
    private @Nullable Long keyTaskId;

    @Column(name = "strengths", length = 500)
    private @Nullable String strengths;

    @Column(name = "weaknesses", length = 500)
    private @Nullable String weaknesses;

    @Column(name = "opportunities", length = 500)
    private @Nullable String opportunities;

    @Column(name = "threats", length = 500)
    private @Nullable String threats;

    @Column(name = "targets", length = 1000)
    private @Nullable String targets;

    @Column(name = "targets_met", nullable = false)
    private int targetsMet;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private BrandState state = BrandState.DRAFT;

    @Column(name = "review_comment", length = 500)
    private @Nullable String reviewComment;

    @Column(name = "reviewed_by", length = 100)
    private @Nullable String reviewedBy;

    Brand() {}

    Brand(long branchId, int year) {
        this.branchId = branchId;
        this.year = year;
    }

    void apply(BrandInput in) {
        name = in.name().trim();
        slogan = trim(in.slogan());
        keyTaskId = in.keyTaskId();
        strengths = trim(in.strengths());
        weaknesses = trim(in.weaknesses());
        opportunities = trim(in.opportunities());
        threats = trim(in.threats());
        targets = trim(in.targets());
        targetsMet = in.targetsMet();
    }

    public BrandInput input() {
        return new BrandInput(
                name, slogan, keyTaskId, strengths, weaknesses, opportunities, threats, targets, targetsMet);
    }

    void review(BrandState next, @Nullable String comment, @Nullable String by) {
        state = next;
        reviewComment = trim(comment);
        reviewedBy = by;
    }

    public long getBranchId() {
        return branchId;
    }

    public int getYear() {
        return year;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getSlogan() {
        return slogan;
    }

    public BrandState getState() {
        return state;
    }

    public @Nullable String getReviewComment() {
        return reviewComment;
    }

    private static @Nullable String trim(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
