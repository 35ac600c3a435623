package cn.dangjian.calendar;

/** One duty's habit for a branch: its own (own = true) or the hospital default it falls back to. */
public record HabitRow(String typeName, Recurrence recurrence, boolean own, HabitInput habit) {}
