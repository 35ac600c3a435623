package cn.dangjian.plan;

import cn.dangjian.audit.AuditService;
import cn.dangjian.calendar.HeldEvent;
import cn.dangjian.calendar.HeldEventService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.pairing.AttachmentRules;
import cn.dangjian.pairing.AttachmentUpload;
import cn.dangjian.security.Actors;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督办: owners report their assignments with evidence, the office accepts or sends back (整改). A secretary
 * acts only on their branch's assignments; the office's own are reported by an administrator and accepted
 * by another one, since nobody accepts their own report.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "', '" + Roles.SECRETARY + "')")
public class AssignmentService {

    private static final EnumSet<AssignmentState> REPORTABLE =
            EnumSet.of(AssignmentState.ISSUED, AssignmentState.IN_PROGRESS, AssignmentState.RETURNED);

    private final AssignmentRepository assignments;
    private final AssignmentStepRepository steps;
    private final PlanAttachmentRepository files;
    private final HeldEventService heldEvents;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final AssignmentRows rowsOf;

    AssignmentService(
            AssignmentRepository assignments,
            AssignmentStepRepository steps,
            PlanAttachmentRepository files,
            HeldEventService heldEvents,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock,
            AssignmentRows rowsOf) {
        this.rowsOf = rowsOf;
        this.assignments = assignments;
        this.steps = steps;
        this.files = files;
        this.heldEvents = heldEvents;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The year's assignments the user sees: all for the office and leaders, a secretary's branch's only. */
    @Transactional(readOnly = true)
    public List<AssignmentRow> assignments(int year) {
        Long scope = currentUser.branchScope().orElse(null);
        return rowsOf.rows(assignments.findByYear(year, scope == null, scope == null ? -1 : scope));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "')")
    public List<AssignmentRow> ofTask(long taskId) {
        return rowsOf.rows(assignments.findByTask(taskId));
    }

    /** Per owner: how many assignments, open, waiting for the office, accepted and overdue. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "')")
    public List<BranchFollowUp> perBranch(int year) {
        return AssignmentRows.perOwner(assignments(year));
    }

    @Transactional(readOnly = true)
    public AssignmentDetail detail(long id) {
        Assignment a = readable(id);
        KeyTask task = a.task();
        boolean open = REPORTABLE.contains(a.getState());
        List<HeldEvent> events = open && task.getEvidenceKind() == EvidenceKind.EVENTS
                ? qualifying(a)
                : heldEvents.byIds(a.getEventIds());
        return new AssignmentDetail(
                rowsOf.row(a),
                task.input(),
                a.getReportText(),
                a.getReportNumber(),
                steps.findByAssignment(id),
                events,
                files.findByAssignment(id).stream()
                        .map(f -> new AssignmentDetail.FileRef(
                                Objects.requireNonNull(f.getId()), f.getFileName(), f.getSizeBytes()))
                        .toList(),
                open && mayAct(a),
                a.getState() == AssignmentState.REPORTED
                        && currentUser.require().isAdmin());
    }

    /** 办理: the owner takes the assignment up (from 已下发 or after 退回整改). */
    @Transactional
    public void start(long id, long version) {
        Assignment a = actable(id, version);
        if (a.getState() != AssignmentState.ISSUED && a.getState() != AssignmentState.RETURNED) {
            throw new BusinessException("plan.assignment.state");
        }
        move(a, AssignmentState.IN_PROGRESS, null);
    }

    /**
     * 报结: checks the evidence the task asks for (held events from the calendar, linked automatically; a file;
     * a number) and waits for the office. Reporting what is already reported or accepted is refused.
     */
    @Transactional
    public void report(long id, ReportInput in) {
        Assignment a = actable(id, in.version());
        if (!REPORTABLE.contains(a.getState())) {
            throw new BusinessException("plan.assignment.alreadyReported");
        }
        if (in.text() != null && in.text().trim().length() > 1000) {
            throw new BusinessException("plan.task.tooLong");
        }
        in.files().forEach(AttachmentRules::check);
        KeyTask task = a.task();
        List<HeldEvent> events = List.of();
        switch (task.getEvidenceKind()) {
            case EVENTS -> {
                events = qualifying(a);
                if (events.size() < task.evidenceCount()) {
                    throw new BusinessException(
                            "plan.assignment.missingEvents",
                            task.evidenceCount(),
                            events.size(),
                            task.evidenceStart(),
                            task.evidenceEnd());
                }
            }
            case ATTACHMENT -> {
                if (in.files().isEmpty() && files.findByAssignment(id).isEmpty()) {
                    throw new BusinessException("plan.assignment.missingFile");
                }
            }
            case NUMBER -> {
                if (in.number() == null) {
                    throw new BusinessException("plan.assignment.missingNumber");
                }
            }
            case NONE -> {
                if (in.text() == null || in.text().isBlank()) {
                    throw new BusinessException("plan.assignment.missingText");
                }
            }
        }
        for (AttachmentUpload f : in.files()) {
            files.save(new PlanAttachment(id, null, f.fileName(), AttachmentRules.check(f), f.data()));
        }
        if (a.getState() != AssignmentState.IN_PROGRESS) {
            move(a, AssignmentState.IN_PROGRESS, null);
        }
        a.report(
                in.text(),
                in.number(),
                LocalDate.now(clock),
                Actors.current(),
                events.stream().map(HeldEvent::id).collect(Collectors.toSet()));
        move(a, AssignmentState.REPORTED, in.text());
    }

    /** 通过: the office accepts a report; never the person who reported it. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void accept(long id, long version) {
        Assignment a = reviewable(id, version);
        if (Actors.current().equals(a.getReportedBy())) {
            throw new BusinessException("plan.assignment.ownReport");
        }
        move(a, AssignmentState.ACCEPTED, null);
    }

    /** 退回整改: back to the owner with the reason they must act on. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void sendBack(long id, long version, String reason) {
        if (reason.isBlank() || reason.trim().length() > 500) {
            throw new BusinessException("plan.assignment.reason");
        }
        move(reviewable(id, version), AssignmentState.RETURNED, reason.trim());
    }

    /** An evidence file's bytes, for whoever may read its assignment. */
    @Transactional(readOnly = true)
    public byte[] file(long assignmentId, long fileId) {
        readable(assignmentId);
        PlanAttachment f = files.findById(fileId)
                .filter(x -> x.getId() != null
                        && files.findByAssignment(assignmentId).contains(x))
                .orElseThrow(NotFoundException::new);
        return f.data();
    }

    private List<HeldEvent> qualifying(Assignment a) {
        KeyTask t = a.task();
        Long branch = a.getBranchId();
        return branch == null
                ? List.of()
                : heldEvents.held(branch, t.getEvidenceTypeCode(), t.evidenceStart(), t.evidenceEnd());
    }

    private void move(Assignment a, AssignmentState next, @Nullable String reason) {
        AssignmentState from = a.getState();
        a.moveTo(next);
        long id = Objects.requireNonNull(a.getId());
        steps.save(new AssignmentStep(id, from, next, Actors.current(), Instant.now(clock), reason));
        audit.record(
                "Assignment",
                id,
                next.name(),
                a.task().getTitle(),
                Map.of("state", from.name()),
                reason == null ? Map.of("state", next.name()) : Map.of("state", next.name(), "reason", reason));
        assignments.saveAndFlush(a);
    }

    private Assignment readable(long id) {
        Assignment a = assignments.findWithTask(id).orElseThrow(NotFoundException::new);
        AppUser user = currentUser.require();
        if (!user.seesWholeHospital()
                && (a.getBranchId() == null || !a.getBranchId().equals(user.branchId()))) {
            throw new NotFoundException();
        }
        return a;
    }

    private Assignment actable(long id, long version) {
        Assignment a = readable(id);
        if (!mayAct(a)) {
            throw new NotFoundException();
        }
        return checked(a, version);
    }

    private Assignment reviewable(long id, long version) {
        Assignment a = checked(assignments.findWithTask(id).orElseThrow(NotFoundException::new), version);
        if (a.getState() != AssignmentState.REPORTED) {
            throw new BusinessException("plan.assignment.notReported");
        }
        return a;
    }

    private boolean mayAct(Assignment a) {
        AppUser user = currentUser.require();
        Long branch = a.getBranchId();
        return branch == null
                ? user.isAdmin()
                : user.isAdmin() || (user.isSecretary() && branch.equals(user.branchId()));
    }

    private static Assignment checked(Assignment a, long version) {
        if (a.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Assignment.class, a.getId());
        }
        return a;
    }
}
