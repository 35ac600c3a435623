package cn.dangjian.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;

/** Opens the list behind a chart element: a route of another feature with the query parameters it reads. */
final class Targets {

    private Targets() {}

    /** {@code params} as name, value, name, value…; null values are left out. */
    static void open(String route, Object... params) {
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i + 1 < params.length; i += 2) {
            if (params[i + 1] != null) {
                query.put(String.valueOf(params[i]), String.valueOf(params[i + 1]));
            }
        }
        UI.getCurrent().navigate(route, QueryParameters.simple(query));
    }
}
