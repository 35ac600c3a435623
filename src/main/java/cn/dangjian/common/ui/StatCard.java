package cn.dangjian.common.ui;

import com.vaadin.flow.component.html.Div;

/** A big number with a label under it, as on the home page and branch pages. */
public class StatCard extends Div {

    public StatCard(String value, String label) {
        addClassName("card");
        Div v = new Div(value);
        v.addClassName("stat-value");
        Div l = new Div(label);
        l.addClassName("stat-label");
        add(v, l);
    }
}
