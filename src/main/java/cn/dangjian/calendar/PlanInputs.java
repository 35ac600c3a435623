package cn.dangjian.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What every branch's generation of a year shares: duties by kind, habits ("branch:type", branch null for the
 * hospital's), holidays (day → worked), types by id, committee term ends by branch, and today.
 */
record PlanInputs(
        List<DutySpec> serving,
        List<DutySpec> retiree,
        Map<String, PlanDates.Habit> habits,
        Map<LocalDate, Boolean> holidays,
        Map<Long, EventType> types,
        Map<Long, LocalDate> termEnds,
        LocalDate today) {}
