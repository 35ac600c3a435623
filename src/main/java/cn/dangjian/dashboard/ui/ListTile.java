package cn.dangjian.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** A dashboard tile that is a list, not a chart: title, number, period and scope, then the list. */
class ListTile extends Div {

    ListTile(String id, String title, String value, String caption, Component list) {
        setId(id);
        addClassNames("card", "dash-tile");
        Div number = new Div(value);
        number.addClassName("stat-value");
        number.setId(id + "-value");
        Span scope = new Span(caption);
        scope.addClassName("dash-caption");
        add(new H3(title), number, scope, list);
    }
}
