package cn.dangjian.plan;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** 工作要点: one of the office's key tasks of a year; editable until it is published. */
@Entity
@Table(name = "plan_key_task")
public class KeyTask extends BaseEntity {

    @Column(name = "task_year", nullable = false)
    private int year;

    @Column(name = "title", nullable = false, length = 120)
    private String title = "";

    @Column(name = "description", length = 2000)
    private @Nullable String description;

    @Column(name = "category", nullable = false, length = 40)
    private String category = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false, length = 12)
    private OwnerKind ownerKind = OwnerKind.ALL;

    @ElementCollection
    @CollectionTable(name = "plan_key_task_branch", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "branch_id")
    private Set<Long> branchIds = new HashSet<>();

    @Column(name = "due_date", nullable = false)
    private @Nullable LocalDate dueDate;

    @Column(name = "expected_result", length = 500)
    private @Nullable String expectedResult;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_kind", nullable = false, length = 12)
    private EvidenceKind evidenceKind = EvidenceKind.NONE;

    @Column(name = "evidence_type_code", length = 40)
    private @Nullable String evidenceTypeCode;

    @Column(name = "evidence_count")
    private @Nullable Integer evidenceCount;

    @Column(name = "evidence_from")
    private @Nullable LocalDate evidenceFrom;

    @Column(name = "evidence_to")
    private @Nullable LocalDate evidenceTo;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    void apply(TaskInput in) {
        year = in.year();
        title = in.title().trim();
        description = blankToNull(in.description());
        category = in.category().trim();
        ownerKind = in.ownerKind();
        branchIds.clear();
        if (in.ownerKind() == OwnerKind.BRANCHES) {
            branchIds.addAll(in.branchIds());
        }
        dueDate = in.dueDate();
        expectedResult = blankToNull(in.expectedResult());
        evidenceKind = in.evidenceKind();
        boolean events = in.evidenceKind() == EvidenceKind.EVENTS;
        evidenceTypeCode = events ? in.evidenceTypeCode() : null;
        evidenceCount = events ? in.evidenceCount() : null;
        evidenceFrom = events ? in.evidenceFrom() : null;
        evidenceTo = events ? in.evidenceTo() : null;
    }

    public TaskInput input() {
        return new TaskInput(
                year,
                title,
                description,
                category,
                ownerKind,
                Set.copyOf(branchIds),
                dueDate,
                expectedResult,
                evidenceKind,
                evidenceTypeCode,
                evidenceCount,
                evidenceFrom,
                evidenceTo);
    }

    void publish(Instant at) {
        publishedAt = at;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    /** The first day held events count as evidence: the given one, else the start of the task's year. */
    public LocalDate evidenceStart() {
        return evidenceFrom != null ? evidenceFrom : LocalDate.of(year, 1, 1);
    }

    /** The last day held events count: the given one, else the due date. */
    public LocalDate evidenceEnd() {
        return evidenceTo != null ? evidenceTo : dueDate();
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public String getCategory() {
        return category;
    }

    public OwnerKind getOwnerKind() {
        return ownerKind;
    }

    public Set<Long> getBranchIds() {
        return Set.copyOf(branchIds);
    }

    public LocalDate dueDate() {
        return Objects.requireNonNull(dueDate);
    }

    public @Nullable String getExpectedResult() {
        return expectedResult;
    }

    public EvidenceKind getEvidenceKind() {
        return evidenceKind;
    }

    public @Nullable String getEvidenceTypeCode() {
        return evidenceTypeCode;
    }

    public int evidenceCount() {
        return evidenceCount == null ? 1 : evidenceCount;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
