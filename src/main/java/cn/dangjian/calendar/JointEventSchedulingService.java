package cn.dangjian.calendar;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.common.contracts.JointEventScheduling;
import cn.dangjian.security.Roles;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists' door into the calendar: a need's joint activity is an ordinary event saved through
 * {@link EventScheduleService}, so every rule of the calendar (edit rights, a live pairing the branch is a party to,
 * times, expected participants) applies unchanged.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
class JointEventSchedulingService implements JointEventScheduling {

    private final EventScheduleService schedule;
    private final EventTypeRepository types;
    private final CalendarEventRepository events;

    JointEventSchedulingService(
            EventScheduleService schedule, EventTypeRepository types, CalendarEventRepository events) {
        this.schedule = schedule;
        this.types = types;
        this.events = events;
    }

    @Override
    @Transactional
    public long scheduleJoint(
            long branchId,
            long pairingId,
            String title,
            LocalDateTime start,
            LocalDateTime end,
            @Nullable String place,
            String creationKey) {
        Long typeId = types.findByCode(EventTypeCodes.JOINT_ACTIVITY)
                .map(EventType::getId)
                .orElse(null);
        CalendarEvent saved = schedule.save(new EventInput(
                null,
                0,
                branchId,
                typeId,
                title,
                start,
                end,
                place,
                null,
                Audience.BRANCH,
                List.of(),
                pairingId,
                List.of(),
                null,
                null,
                creationKey));
        if (!Long.valueOf(pairingId).equals(saved.getPairingId())) {
            // A resent dialog found an earlier event under another pairing: it is not this need's joint event.
            throw new BusinessException("error.conflict");
        }
        return saved.getId();
    }

    /**
     * Readable by anyone signed in: the caller passes only the ids linked to needs the viewer may see, and a line
     * carries no more than the need's list shows (date, title, state).
     */
    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Line> lines(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return events.findAllById(eventIds).stream()
                .filter(e -> e.getStartAt() != null)
                .sorted(Comparator.comparing(CalendarEvent::getStartAt))
                .map(e -> new Line(
                        e.getId(),
                        e.getStartAt().toLocalDate(),
                        e.getTitle(),
                        e.getPairingId(),
                        e.getStatus() == EventStatus.HELD,
                        e.getStatus() == EventStatus.CANCELLED))
                .toList();
    }
}
