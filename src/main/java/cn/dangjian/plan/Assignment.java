package cn.dangjian.plan;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One owner's share of a published key task (branch null: the Party office itself). */
@Entity
@Table(name = "plan_assignment")
public class Assignment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    private @Nullable KeyTask task;

    @Column(name = "branch_id")
    private @Nullable Long branchId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private AssignmentState state = AssignmentState.ISSUED;

    @Column(name = "report_text", length = 1000)
    private @Nullable String reportText;

    @Column(name = "report_number", precision = 14, scale = 2)
    private @Nullable BigDecimal reportNumber;

    @Column(name = "reported_on")
    private @Nullable LocalDate reportedOn;

    @Column(name = "reported_by", length = 100)
    private @Nullable String reportedBy;

    @ElementCollection
    @CollectionTable(name = "plan_assignment_event", joinColumns = @JoinColumn(name = "assignment_id"))
    @Column(name = "event_id")
    private Set<Long> eventIds = new HashSet<>();

    Assignment() {}

    Assignment(KeyTask task, @Nullable Long branchId) {
        this.task = task;
        this.branchId = branchId;
    }

    void moveTo(AssignmentState next) {
        state = next;
    }

    void report(@Nullable String text, @Nullable BigDecimal number, LocalDate on, String by, Set<Long> events) {
        reportText = text == null || text.isBlank() ? null : text.trim();
        reportNumber = number;
        reportedOn = on;
        reportedBy = by;
        eventIds.clear();
        eventIds.addAll(events);
    }

    public KeyTask task() {
        return Objects.requireNonNull(task);
    }

    public @Nullable Long getBranchId() {
        return branchId;
    }

    public AssignmentState getState() {
        return state;
    }

    public @Nullable String getReportText() {
        return reportText;
    }

    public @Nullable BigDecimal getReportNumber() {
        return reportNumber;
    }

    public @Nullable LocalDate getReportedOn() {
        return reportedOn;
    }

    public @Nullable String getReportedBy() {
        return reportedBy;
    }

    public Set<Long> getEventIds() {
        return Set.copyOf(eventIds);
    }
}
