package cn.dangjian.calendar;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 会议习惯: a secretary sets their branch's, the administrator the hospital defaults (branch null). */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
public class MeetingHabitService {

    private final PlanRepository plans;
    private final DutyRuleRepository rules;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final AuditService audit;

    MeetingHabitService(
            PlanRepository plans,
            DutyRuleRepository rules,
            OrganizationDirectory organization,
            CurrentUser currentUser,
            AuditService audit) {
        this.plans = plans;
        this.rules = rules;
        this.organization = organization;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The duties the branch owes (or, for null, every duty) with the habit that applies to each. */
    @Transactional(readOnly = true)
    public List<HabitRow> habits(@Nullable Long branchId, Locale locale) {
        Boolean serving = null;
        if (branchId != null) {
            currentUser.requireCanReadBranch(branchId);
            serving = branch(branchId).kind().isServing();
        }
        List<MeetingHabit> all = plans.habits();
        Map<Long, HabitRow> rows = new LinkedHashMap<>();
        for (DutyRule r : rules.findAllWithType()) {
            EventType t = Objects.requireNonNull(r.getEventType());
            boolean applies = serving == null || (serving ? r.isAppliesServing() : r.isAppliesRetiree());
            if (!r.isActive() || !t.isActive() || !applies || rows.containsKey(t.getId())) {
                continue;
            }
            Optional<MeetingHabit> own = find(all, branchId, t.getId());
            MeetingHabit h = own.or(() -> find(all, null, t.getId())).orElse(null);
            HabitInput in = h == null
                    ? new HabitInput(t.getId(), null, null, 1, null, LocalTime.of(16, 0), 60, null)
                    : h.input(t.getId());
            rows.put(
                    t.getId(),
                    new HabitRow(t.name(locale), r.getRecurrence(), branchId != null && own.isPresent(), in));
        }
        return new ArrayList<>(rows.values());
    }

    @Transactional
    public void save(@Nullable Long branchId, HabitInput in) {
        requireCanEdit(branchId);
        DutyRule rule = rules.findAllWithType().stream()
                .filter(r -> Objects.requireNonNull(r.getEventType()).getId() == in.typeId())
                .findFirst()
                .orElseThrow(NotFoundException::new);
        check(in, rule.getRecurrence(), rule.getWindowMonth());
        MeetingHabit h =
                find(plans.habits(), branchId, in.typeId()).orElseGet(() -> new MeetingHabit(branchId, in.typeId()));
        Map<String, Object> before =
                h.getId() == null ? Map.of() : h.input(in.typeId()).asMap();
        h.apply(in);
        MeetingHabit saved = plans.save(h);
        audit.record(
                "MeetingHabit",
                saved.getId(),
                before.isEmpty() ? "CREATE" : "UPDATE",
                String.valueOf(branchId),
                before,
                in.asMap());
    }

    /** Drops the branch's own habit: the hospital default applies again. */
    @Transactional
    public void reset(long branchId, long typeId) {
        requireCanEdit(branchId);
        find(plans.habits(), branchId, typeId).ifPresent(h -> {
            audit.record(
                    "MeetingHabit",
                    h.getId(),
                    "DELETE",
                    String.valueOf(branchId),
                    h.input(typeId).asMap(),
                    Map.of());
            plans.delete(h);
        });
    }

    /**
     * Refuses a habit whose month lies after the duty's window (a quarterly duty "in its second month", a yearly
     * one "by June"): every meeting it plans would be late (decision 0020).
     */
    static void check(HabitInput in, Recurrence recurrence, @Nullable Integer windowMonth) {
        check(in, recurrence);
        if (in.periodMonth() != null && windowMonth != null && in.periodMonth() > windowMonth) {
            throw new BusinessException("calendar.habit.afterWindow", windowMonth);
        }
    }

    /** Refuses a habit that can never land on a valid day. */
    static void check(HabitInput in, Recurrence recurrence) {
        boolean nth = in.weekOrdinal() != null && in.dayOfWeek() != null;
        if (in.dayOfMonth() == null && !nth) {
            throw new BusinessException("calendar.habit.rule");
        }
        if (in.dayOfMonth() != null
                ? in.dayOfMonth() < 1 || in.dayOfMonth() > 31
                : in.weekOrdinal() < 1 || in.weekOrdinal() > 5 || in.dayOfWeek() < 1 || in.dayOfWeek() > 5) {
            throw new BusinessException("calendar.habit.rule");
        }
        int maxMonth = switch (recurrence) {
            case MONTHLY -> 0;
            case QUARTERLY -> 3;
            case YEARLY -> 12;
        };
        if (in.periodMonth() != null && (in.periodMonth() < 1 || in.periodMonth() > maxMonth)) {
            throw new BusinessException("calendar.habit.periodMonth", maxMonth);
        }
        if (in.minutes() < 15
                || in.minutes() > 480
                || in.start().isBefore(LocalTime.of(6, 0))
                || in.start().plusMinutes(in.minutes()).isBefore(in.start())) {
            throw new BusinessException("calendar.habit.time");
        }
        if (in.place() != null && in.place().trim().length() > 120) {
            throw new BusinessException("validation.tooLong", "place");
        }
    }

    private void requireCanEdit(@Nullable Long branchId) {
        if (branchId == null) {
            if (!currentUser.require().isAdmin()) {
                throw new AccessDeniedException("hospital habits");
            }
        } else {
            currentUser.requireCanEditBranch(branchId);
            branch(branchId);
        }
    }

    private BranchRef branch(long id) {
        return organization.branches().stream()
                .filter(b -> b.id() == id)
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private static Optional<MeetingHabit> find(List<MeetingHabit> all, @Nullable Long branchId, long typeId) {
        return all.stream()
                .filter(h -> Objects.equals(h.getBranchId(), branchId) && h.getEventTypeId() == typeId)
                .findFirst();
    }
}
