package cn.dangjian.plan;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.contracts.EventTypeDirectory;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.Actors;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 工作要点: the office writes and publishes the year's key tasks; leaders read them. */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class KeyTaskService {

    private final KeyTaskRepository tasks;
    private final AssignmentRepository assignments;
    private final AssignmentStepRepository steps;
    private final OrganizationDirectory organization;
    private final EventTypeDirectory eventTypes;
    private final AuditService audit;
    private final Clock clock;

    KeyTaskService(
            KeyTaskRepository tasks,
            AssignmentRepository assignments,
            AssignmentStepRepository steps,
            OrganizationDirectory organization,
            EventTypeDirectory eventTypes,
            AuditService audit,
            Clock clock) {
        this.tasks = tasks;
        this.assignments = assignments;
        this.steps = steps;
        this.organization = organization;
        this.eventTypes = eventTypes;
        this.audit = audit;
        this.clock = clock;
    }

    /** A year's tasks, by due date; everyone who may see the plan reads them (secretaries pick one to lead). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "', '" + Roles.SECRETARY + "')")
    public List<KeyTask> tasks(int year) {
        List<KeyTask> found = tasks.findByYear(year);
        found.forEach(t -> t.getBranchIds().size());
        return found;
    }

    /** Creates ({@code id} null) or changes an unpublished task; {@code version} is the one the form loaded. */
    @Transactional
    public KeyTask save(@Nullable Long id, long version, TaskInput in) {
        check(in);
        KeyTask task = id == null ? new KeyTask() : tasks.findById(id).orElseThrow(NotFoundException::new);
        if (id != null && task.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(KeyTask.class, id);
        }
        if (task.isPublished()) {
            throw new BusinessException("plan.task.published");
        }
        Map<String, Object> before = id == null ? Map.of() : task.input().asMap();
        task.apply(in);
        KeyTask saved = tasks.save(task);
        audit.record("KeyTask", saved.getId(), id == null ? "CREATE" : "UPDATE", in.title(), before, in.asMap());
        return saved;
    }

    @Transactional
    public void delete(long id) {
        KeyTask task = tasks.findById(id).orElseThrow(NotFoundException::new);
        if (task.isPublished()) {
            throw new BusinessException("plan.task.published");
        }
        audit.record("KeyTask", id, "DELETE", task.getTitle(), task.input().asMap(), Map.of());
        tasks.delete(task);
    }

    /** Gives every owner an assignment (已下发); "all branches" means the serving branches of today. */
    @Transactional
    public int publish(long id) {
        KeyTask task = tasks.findById(id).orElseThrow(NotFoundException::new);
        if (task.isPublished()) {
            throw new BusinessException("plan.task.published");
        }
        List<@Nullable Long> owners = new ArrayList<>();
        switch (task.getOwnerKind()) {
            case OFFICE -> owners.add(null);
            case BRANCHES -> owners.addAll(task.getBranchIds());
            case ALL ->
                organization.branches().stream()
                        .filter(b -> b.kind().isServing())
                        .forEach(b -> owners.add(b.id()));
        }
        Instant now = Instant.now(clock);
        for (Long branchId : owners) {
            Assignment a = assignments.save(new Assignment(task, branchId));
            steps.save(new AssignmentStep(
                    Objects.requireNonNull(a.getId()), null, AssignmentState.ISSUED, Actors.current(), now, null));
        }
        task.publish(now);
        audit.record("KeyTask", id, "PUBLISH", task.getTitle(), Map.of(), Map.of("assignments", owners.size()));
        return owners.size();
    }

    private void check(TaskInput in) {
        if (in.title().isBlank() || in.category().isBlank()) {
            throw new BusinessException("plan.task.required");
        }
        if (in.title().trim().length() > 120
                || in.category().trim().length() > 40
                || length(in.description()) > 2000
                || length(in.expectedResult()) > 500) {
            throw new BusinessException("plan.task.tooLong");
        }
        LocalDate due = in.dueDate();
        if (due == null || due.getYear() != in.year()) {
            throw new BusinessException("plan.task.dueOutsideYear", in.year());
        }
        if (in.ownerKind() == OwnerKind.BRANCHES) {
            Set<Long> known =
                    organization.branches().stream().map(BranchRef::id).collect(Collectors.toSet());
            if (in.branchIds().isEmpty() || !known.containsAll(in.branchIds())) {
                throw new BusinessException("plan.task.branchesRequired");
            }
        }
        if (in.evidenceKind() == EvidenceKind.EVENTS) {
            checkEvents(in);
        }
    }

    private void checkEvents(TaskInput in) {
        if (in.ownerKind() == OwnerKind.OFFICE) {
            throw new BusinessException("plan.task.officeEvents");
        }
        boolean knownType = in.evidenceTypeCode() != null
                && eventTypes.eventTypes(Locale.ROOT).stream()
                        .anyMatch(t -> t.code().equals(in.evidenceTypeCode()));
        Integer count = in.evidenceCount();
        if (!knownType || count == null || count < 1 || count > 50) {
            throw new BusinessException("plan.task.evidenceEvents");
        }
        LocalDate from = in.evidenceFrom();
        LocalDate to = in.evidenceTo();
        if ((from != null && from.getYear() != in.year())
                || (to != null && to.getYear() != in.year())
                || (from != null && to != null && from.isAfter(to))) {
            throw new BusinessException("plan.task.evidencePeriod", in.year());
        }
    }

    private static int length(@Nullable String s) {
        return s == null ? 0 : s.trim().length();
    }
}
