package cn.dangjian.calendar;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.security.Roles;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 法定节假日与调休: the administrator keeps the list the year's plan avoids. */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class HolidayService {

    private final PlanRepository plans;
    private final AuditService audit;
    private final EntityManager em;

    HolidayService(PlanRepository plans, AuditService audit, EntityManager em) {
        this.plans = plans;
        this.audit = audit;
        this.em = em;
    }

    @Transactional(readOnly = true)
    public List<Holiday> holidays(int year) {
        return plans.holidays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .sorted(Comparator.comparing(Holiday::getDay))
                .toList();
    }

    /** Adds or changes the day: a holiday, or (workingDay) a weekend day worked instead. */
    @Transactional
    public void save(LocalDate day, String name, boolean workingDay) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new BusinessException("validation.required", "name");
        }
        if (trimmed.length() > 40) {
            throw new BusinessException("validation.tooLong", "name");
        }
        if (workingDay && day.getDayOfWeek().getValue() < 6) {
            throw new BusinessException("calendar.holiday.workdayOnWeekend");
        }
        Holiday h = plans.holiday(day).orElseGet(() -> new Holiday(day));
        Map<String, Object> before = h.getId() == null ? Map.of() : h.auditSnapshot();
        h.set(trimmed, workingDay);
        em.persist(h);
        audit.record(
                "Holiday",
                h.getId(),
                before.isEmpty() ? "CREATE" : "UPDATE",
                day.toString(),
                before,
                h.auditSnapshot());
    }

    @Transactional
    public void delete(LocalDate day) {
        plans.holiday(day).ifPresent(h -> {
            audit.record("Holiday", h.getId(), "DELETE", day.toString(), h.auditSnapshot(), Map.of());
            em.remove(h);
        });
    }
}
