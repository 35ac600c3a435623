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

/** A goal of a co-construction agreement: a target under one dimension, due by a date. */
@Entity
@Table(name = "pairing_goal")
public class PairingGoal extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pairing_id", nullable = false)
    private Pairing pairing;

    @Enumerated(EnumType.STRING)
    @Column(name = "dimension", nullable = false, length = 30)
    private GoalDimension dimension = GoalDimension.JOINT_ACTIVITIES;

    @Column(name = "target", nullable = false, length = 300)
    private String target = "";

    /** How many pieces of linked evidence meet the goal ("4 joint themed days"); null when met by judgement. */
    @Column(name = "target_count")
    private @Nullable Integer targetCount;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate = LocalDate.of(2000, 1, 1);

    @Column(name = "met_date")
    private @Nullable LocalDate metDate;

    @Column(name = "position", nullable = false)
    private int position;

    protected PairingGoal() {}

    PairingGoal(Pairing pairing) {
        this.pairing = pairing;
    }

    public Pairing getPairing() {
        return pairing;
    }

    public GoalDimension getDimension() {
        return dimension;
    }

    void setDimension(GoalDimension dimension) {
        this.dimension = dimension;
    }

    public String getTarget() {
        return target;
    }

    void setTarget(String target) {
        this.target = target;
    }

    public @Nullable Integer getTargetCount() {
        return targetCount;
    }

    void setTargetCount(@Nullable Integer targetCount) {
        this.targetCount = targetCount;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public @Nullable LocalDate getMetDate() {
        return metDate;
    }

    void setMetDate(@Nullable LocalDate metDate) {
        this.metDate = metDate;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }
}
