package cn.dangjian.assessment;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A dimension (no parent, no measure) or an indicator under one. */
@Entity
@Table(name = "assessment_item")
public class SchemeItem extends BaseEntity {

    @Column(name = "scheme_id", nullable = false)
    private long schemeId;

    @Column(name = "parent_id")
    private @Nullable Long parentId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "name", nullable = false, length = 100)
    private String name = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "measure", length = 20)
    private @Nullable Measure measure;

    @Enumerated(EnumType.STRING)
    @Column(name = "formula", length = 40)
    private @Nullable Formula formula;

    @Column(name = "param_low")
    private @Nullable Double paramLow;

    @Column(name = "param_high")
    private @Nullable Double paramHigh;

    @Column(name = "max_score", nullable = false)
    private double maxScore;

    @Column(name = "rule_text", nullable = false, length = 500)
    private String ruleText = "";

    protected SchemeItem() {}

    SchemeItem(long schemeId, @Nullable Long parentId, int position) {
        this.schemeId = schemeId;
        this.parentId = parentId;
        this.position = position;
    }

    /** The same item in another scheme (a campaign's frozen copy), under the copied parent. */
    SchemeItem copyTo(long scheme, @Nullable Long parent) {
        SchemeItem c = new SchemeItem(scheme, parent, position);
        c.apply(new ItemInput(name, measure, formula, paramLow, paramHigh, maxScore, ruleText));
        return c;
    }

    void apply(ItemInput in) {
        name = in.name().strip();
        measure = in.measure();
        formula = in.measure() == Measure.AUTOMATIC ? in.formula() : null;
        paramLow = formula == null ? null : in.paramLow();
        paramHigh = formula == null ? null : in.paramHigh();
        maxScore = in.maxScore();
        ruleText = in.ruleText().strip();
    }

    public ItemInput input() {
        return new ItemInput(name, measure, formula, paramLow, paramHigh, maxScore, ruleText);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("measure", measure == null ? "" : measure.name());
        m.put("formula", formula == null ? "" : formula.name());
        m.put("low", paramLow == null ? "" : paramLow);
        m.put("high", paramHigh == null ? "" : paramHigh);
        m.put("max", maxScore);
        m.put("rule", ruleText);
        return m;
    }

    public boolean isDimension() {
        return parentId == null;
    }

    public long getSchemeId() {
        return schemeId;
    }

    public @Nullable Long getParentId() {
        return parentId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public @Nullable Measure getMeasure() {
        return measure;
    }

    public @Nullable Formula getFormula() {
        return formula;
    }

    public double low() {
        return paramLow != null ? paramLow : formula == null ? 0 : formula.defaultLow();
    }

    public double high() {
        return paramHigh != null ? paramHigh : formula == null ? 0 : formula.defaultHigh();
    }

    public double getMaxScore() {
        return maxScore;
    }

    public String getRuleText() {
        return ruleText;
    }
}
