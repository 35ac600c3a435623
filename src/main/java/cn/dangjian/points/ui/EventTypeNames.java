package cn.dangjian.points.ui;

import cn.dangjian.common.contracts.EventTypeDirectory;
import cn.dangjian.common.contracts.EventTypeDirectory.EventTypeName;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The calendar's event types by code, named in the viewer's language: rules store codes (the calendar's
 * stable key), people read names. A code without a type (deleted, or typed by hand) shows as the code.
 */
final class EventTypeNames {

    private final Map<String, String> names = new LinkedHashMap<>();

    EventTypeNames(EventTypeDirectory types, Locale locale) {
        for (EventTypeName t : types.eventTypes(locale)) {
            names.put(t.code(), t.name());
        }
    }

    /** Every known code, in the calendar's order. */
    List<String> codes() {
        return List.copyOf(names.keySet());
    }

    String name(String code) {
        return names.getOrDefault(code, code);
    }

    /** The names of a rule's comma-separated codes, joined for a grid cell. */
    String names(@Nullable String codes, String separator) {
        return split(codes).stream().map(this::name).collect(Collectors.joining(separator));
    }

    static List<String> split(@Nullable String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split(","))
                .map(String::trim)
                .filter(c -> !c.isEmpty())
                .toList();
    }
}
