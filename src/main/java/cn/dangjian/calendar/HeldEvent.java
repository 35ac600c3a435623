package cn.dangjian.calendar;

import java.time.LocalDate;

/** A held event as evidence for other features: which branch organised it, of what type, when. */
public record HeldEvent(Long id, Long branchId, String typeCode, String title, LocalDate heldDate) {}
