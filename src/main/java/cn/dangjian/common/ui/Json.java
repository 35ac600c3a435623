package cn.dangjian.common.ui;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON for our JavaScript components (FullCalendar, Chart.js). Vaadin 25's {@code executeJs} takes Jackson 3
 * nodes as parameters and hands them to the browser as objects, so nothing is quoted by hand and the escaping
 * is Jackson's, the same everywhere.
 */
public final class Json {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {}

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** An object of string values, in the map's iteration order. */
    public static ObjectNode object(Map<String, String> values) {
        ObjectNode o = object();
        values.forEach(o::put);
        return o;
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    public static ArrayNode strings(List<String> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }

    /**
     * Whole numbers stay whole ({@code 60}, not {@code 60.0}); a missing value is {@code null}, which Chart.js
     * draws as a gap.
     */
    public static ArrayNode numbers(List<? extends @Nullable Number> values) {
        ArrayNode a = array();
        for (@Nullable Number n : values) {
            switch (n) {
                case null -> a.addNull();
                case Integer i -> a.add(i.intValue());
                case Long l -> a.add(l.longValue());
                case Short s -> a.add(s.intValue());
                case Byte b -> a.add(b.intValue());
                case BigDecimal d -> a.add(d);
                case BigInteger i -> a.add(i);
                default -> a.add(n.doubleValue());
            }
        }
        return a;
    }
}
