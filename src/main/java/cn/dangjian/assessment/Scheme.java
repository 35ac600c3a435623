package cn.dangjian.assessment;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A year's scheme settings; its items are {@link SchemeItem}s. A frozen scheme is a campaign's copy. */
@Entity
@Table(name = "assessment_scheme")
public class Scheme extends BaseEntity {

    @Column(name = "scheme_year", nullable = false)
    private int year;

    @Column(name = "frozen", nullable = false)
    private boolean frozen;

    @Column(name = "excellent_min", nullable = false)
    private int excellentMin;

    @Column(name = "good_min", nullable = false)
    private int goodMin;

    @Column(name = "pass_min", nullable = false)
    private int passMin;

    @Column(name = "five_star_min", nullable = false)
    private int fiveStarMin;

    @Column(name = "four_star_min", nullable = false)
    private int fourStarMin;

    @Column(name = "three_star_min", nullable = false)
    private int threeStarMin;

    @Column(name = "two_star_min", nullable = false)
    private int twoStarMin;

    @Column(name = "five_star_quota_pct", nullable = false)
    private int fiveStarQuotaPct;

    @Column(name = "benchmark_top_n", nullable = false)
    private int benchmarkTopN;

    @Column(name = "benchmark_min_score", nullable = false)
    private int benchmarkMinScore;

    @Column(name = "publicity_days", nullable = false)
    private int publicityDays;

    @Column(name = "members_see_others", nullable = false)
    private boolean membersSeeOthers;

    protected Scheme() {}

    Scheme(int year, boolean frozen, GradeSettings s) {
        this.year = year;
        this.frozen = frozen;
        apply(s);
    }

    public int getYear() {
        return year;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public GradeSettings settings() {
        return new GradeSettings(
                excellentMin,
                goodMin,
                passMin,
                fiveStarMin,
                fourStarMin,
                threeStarMin,
                twoStarMin,
                fiveStarQuotaPct,
                benchmarkTopN,
                benchmarkMinScore,
                publicityDays,
                membersSeeOthers);
    }

    void apply(GradeSettings s) {
        excellentMin = s.excellentMin();
        goodMin = s.goodMin();
        passMin = s.passMin();
        fiveStarMin = s.fiveStarMin();
        fourStarMin = s.fourStarMin();
        threeStarMin = s.threeStarMin();
        twoStarMin = s.twoStarMin();
        fiveStarQuotaPct = s.fiveStarQuotaPct();
        benchmarkTopN = s.benchmarkTopN();
        benchmarkMinScore = s.benchmarkMinScore();
        publicityDays = s.publicityDays();
        membersSeeOthers = s.membersSeeOthers();
    }
}
