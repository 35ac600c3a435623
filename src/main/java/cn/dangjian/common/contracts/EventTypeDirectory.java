package cn.dangjian.common.contracts;

import java.util.List;
import java.util.Locale;

/**
 * Implemented by the calendar, which owns the event types; used by points, whose rules reward events
 * by type code. Points reads types only through this interface (decision 0010).
 */
public interface EventTypeDirectory {

    /** Every event type in the calendar's order, named in {@code locale}. */
    List<EventTypeName> eventTypes(Locale locale);

    /** An event type's stable code and its name for people. */
    record EventTypeName(String code, String name) {}
}
