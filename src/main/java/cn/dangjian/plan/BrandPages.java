package cn.dangjian.plan;

import cn.dangjian.calendar.HeldEvent;
import cn.dangjian.calendar.HeldEventService;
import cn.dangjian.common.contracts.ClosedNeeds.ClosedNeed;
import cn.dangjian.security.CurrentUser;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Reads a brand with its months, their evidence and what the viewer may do with it. */
@Component
class BrandPages {

    private final BrandMonthRepository months;
    private final PlanAttachmentRepository files;
    private final KeyTaskRepository tasks;
    private final HeldEventService heldEvents;
    private final BrandNeeds needs;
    private final CurrentUser currentUser;

    BrandPages(
            BrandMonthRepository months,
            PlanAttachmentRepository files,
            KeyTaskRepository tasks,
            HeldEventService heldEvents,
            BrandNeeds needs,
            CurrentUser currentUser) {
        this.months = months;
        this.files = files;
        this.tasks = tasks;
        this.heldEvents = heldEvents;
        this.needs = needs;
        this.currentUser = currentUser;
    }

    BrandPage page(Brand b) {
        long id = Objects.requireNonNull(b.getId());
        List<BrandMonth> lines = months.findByBrands(List.of(id));
        Map<Long, List<String>> names = lines.isEmpty()
                ? Map.of()
                : files.findByMonths(lines.stream().map(BrandMonth::getId).toList()).stream()
                        .collect(Collectors.groupingBy(
                                PlanAttachment::monthId,
                                Collectors.mapping(PlanAttachment::getFileName, Collectors.toList())));
        Map<Long, HeldEvent> events =
                heldEvents
                        .byIds(lines.stream()
                                .flatMap(m -> m.getEventIds().stream())
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(HeldEvent::id, e -> e));
        Map<Long, ClosedNeed> closed =
                needs.byIds(lines.stream().flatMap(m -> m.getNeedIds().stream()).toList()).stream()
                        .collect(Collectors.toMap(ClosedNeed::id, n -> n));
        var user = currentUser.require();
        Long task = b.input().keyTaskId();
        return new BrandPage(
                id,
                b.getVersion(),
                b.getBranchId(),
                b.getYear(),
                b.input(),
                b.getState(),
                b.getReviewComment(),
                task == null
                        ? null
                        : tasks.findById(task).map(KeyTask::getTitle).orElse(null),
                lines.stream()
                        .map(m -> new BrandPage.MonthRow(
                                Objects.requireNonNull(m.getId()),
                                m.getVersion(),
                                m.getMonth(),
                                m.getResult(),
                                m.getOfficeComment(),
                                m.getEventIds().stream()
                                        .map(events::get)
                                        .filter(Objects::nonNull)
                                        .toList(),
                                m.getNeedIds().stream()
                                        .map(closed::get)
                                        .filter(Objects::nonNull)
                                        .sorted(Comparator.comparing(ClosedNeed::closedOn))
                                        .toList(),
                                names.getOrDefault(m.getId(), List.of())))
                        .toList(),
                user.isAdmin() || (user.isSecretary() && Objects.equals(user.branchId(), b.getBranchId())),
                user.isAdmin());
    }
}
