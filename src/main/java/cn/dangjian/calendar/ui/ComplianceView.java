package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.BranchCompliance;
import cn.dangjian.calendar.ComplianceBand;
import cn.dangjian.calendar.ComplianceTotals;
import cn.dangjian.calendar.MonthCell;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.web.util.HtmlUtils;

/** The hospital heatmap: branches × months, coloured by the share of duties held on time. */
@Route("calendar/compliance")
@Menu(title = "calendar.nav.compliance", order = 31, icon = "GRID_BIG")
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.SECRETARY})
@StyleSheet("context://styles/calendar.css")
class ComplianceView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CalendarUi ui;
    private final Div content = new Div();
    private final Select<Integer> year = new Select<>();
    /** The rows a link asked for (?month= or ?band=, from the dashboards); all rows otherwise. */
    private Predicate<BranchCompliance> only = r -> true;

    private String filterText = "";

    ComplianceView(CalendarUi ui) {
        this.ui = ui;
        addClassName("view");
        int thisYear = ui.today().getYear();
        year.setItems(thisYear, thisYear - 1, thisYear - 2);
        year.setValue(thisYear);
        year.setId("compliance-year");
        year.setLabel(getTranslation("calendar.compliance.year"));
        year.addValueChangeListener(e -> render(e.getValue()));
        content.setWidthFull();
        HorizontalLayout toolbar = new HorizontalLayout(year, legend());
        toolbar.addClassName("toolbar");
        Paragraph howComputed = new Paragraph(getTranslation("calendar.compliance.howComputed"));
        howComputed.setId("compliance-how");
        howComputed.addClassName("hm-how");
        add(new ViewHeader(getTranslation("calendar.nav.compliance")), toolbar, howComputed, content);
    }

    private void render(int year) {
        content.removeAll();
        List<BranchCompliance> rows = ui.compliance.heatmap(year);
        ComplianceTotals t = ComplianceTotals.of(rows);
        Div cards = new Div();
        cards.addClassName("cards");
        cards.add(
                card(t.onTimePercent() < 0 ? "—" : t.onTimePercent() + "%", "calendar.compliance.onTimeRate", "rate"),
                card(String.valueOf(t.late()), "calendar.compliance.late", "late"),
                card(String.valueOf(t.overdue()), "calendar.compliance.overdue", "overdue"),
                card(String.valueOf(t.behind()), "calendar.compliance.behind", "behind"),
                card(String.valueOf(t.unplanned()), "calendar.compliance.unplanned", "unplanned"));
        if (!filterText.isEmpty()) {
            Paragraph filtered = new Paragraph(filterText);
            filtered.setId("compliance-filter");
            content.add(filtered);
        }
        // One element whose cells are HTML, not a server-side component per cell: 25 branches × 14 cells were
        // 2 MiB of session memory per open heatmap (docs/benchmarks.md "Load as users arrive").
        StringBuilder html = new StringBuilder();
        html.append(headerCell(getTranslation("calendar.compliance.branch")));
        for (int m = 1; m <= 12; m++) {
            html.append(headerCell(getTranslation("calendar.compliance.month", m)));
        }
        html.append(headerCell(getTranslation("calendar.compliance.total")));
        for (BranchCompliance r : rows.stream().filter(only).toList()) {
            String href = RouteConfiguration.forSessionScope()
                            .getUrl(
                                    BranchComplianceView.class,
                                    new RouteParameters("branchId", String.valueOf(r.branchId())))
                    + "?year=" + year;
            html.append("<div class=\"hm-branch\"><a router-link href=\"")
                    .append(escape(href))
                    .append("\" data-year=\"")
                    .append(year)
                    .append("\">")
                    .append(escape(r.code() + " " + r.name()))
                    .append("</a></div>");
            for (MonthCell c : r.months()) {
                html.append(cell(c, r.code()));
            }
            html.append(cell(r.total(), r.code()));
        }
        Div grid = new Div();
        grid.addClassName("heatmap");
        grid.setId("heatmap");
        grid.getElement().setProperty("innerHTML", html.toString());
        content.add(cards, grid);
        if (rows.isEmpty()) {
            content.add(new Paragraph(getTranslation("calendar.compliance.empty")));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        try {
            int y = params.getSingleParameter("year")
                    .map(Integer::valueOf)
                    .orElse(ui.today().getYear());
            params.getSingleParameter("month").map(Integer::valueOf).ifPresent(m -> {
                // The branches behind a month's rate: those that did not hold everything due then on time.
                only = r -> m >= 1
                        && m <= 12
                        && r.months()[m - 1].onTime() < r.months()[m - 1].due() - r.months()[m - 1].pending();
                filterText = getTranslation("calendar.compliance.filteredMonth", String.valueOf(y), m);
            });
            params.getSingleParameter("band").map(ComplianceBand::valueOf).ifPresent(b -> {
                only = r -> ComplianceBand.of(r.total()) == b;
                filterText =
                        getTranslation("calendar.compliance.filteredBand", getTranslation("enum.ComplianceBand." + b));
            });
            if (y != year.getValue() && year.getListDataView().contains(y)) {
                year.setValue(y);
            } else {
                render(year.getValue());
            }
        } catch (IllegalArgumentException ignored) {
            // A malformed link shows the whole heatmap.
        }
    }

    private String cell(MonthCell c, String code) {
        StringBuilder classes = new StringBuilder("hm-cell ").append(level(c));
        if (c.unplanned() > 0 && c.score() >= 0) {
            classes.append(" hm-gap");
        }
        String title = getTranslation(
                        "calendar.compliance.cellTitle", c.due(), c.onTime(), c.late(), c.overdue(), c.pending())
                + getTranslation(
                        "calendar.compliance.cellPlan", c.pending(), c.pending() - c.unplanned(), c.unplanned());
        return "<div class=\"" + classes + "\" title=\"" + escape(title) + "\" data-branch=\"" + escape(code)
                + "\" data-month=\"" + c.month() + "\">" + (c.due() > 0 ? (c.onTime() + c.late()) + "/" + c.due() : "")
                + "</div>";
    }

    static String level(MonthCell c) {
        double s = c.score();
        if (c.due() == 0) {
            return "hm-none";
        }
        if (s < 0) {
            return c.unplanned() > 0 ? "hm-unplanned" : "hm-planned";
        }
        return s >= 0.95 ? "hm-good" : s >= 0.75 ? "hm-fair" : s >= 0.5 ? "hm-poor" : "hm-bad";
    }

    private static String headerCell(String text) {
        return "<div class=\"hm-head\">" + escape(text) + "</div>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private HorizontalLayout legend() {
        HorizontalLayout l = new HorizontalLayout();
        l.addClassName("hm-legend");
        for (String level : List.of("hm-good", "hm-fair", "hm-poor", "hm-bad", "hm-planned", "hm-unplanned")) {
            Span s = new Span(getTranslation("calendar.compliance.legend." + level));
            s.addClassNames("hm-cell", level);
            l.add(s);
        }
        return l;
    }

    static Div card(String value, String labelKey, String id) {
        Div card = new Div();
        card.addClassName("card");
        Div v = new Div(value);
        v.addClassName("stat-value");
        v.setId("stat-" + id);
        Div l = new Div(card.getTranslation(labelKey));
        l.addClassName("stat-label");
        card.add(v, l);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.nav.compliance");
    }
}
