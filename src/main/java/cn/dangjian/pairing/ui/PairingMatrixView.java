package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.pairing.ExternalUnitService;
import cn.dangjian.pairing.PairingEditService;
import cn.dangjian.pairing.PairingMatrix;
import cn.dangjian.pairing.PairingOverviewService;
import cn.dangjian.pairing.PairingService;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The hospital's coverage at a glance: clinical and medical-technical branches (rows) against
 * functional branches (columns). Every clinical branch without a live functional partner is marked,
 * with a suggestion of who could serve it.
 */
@Route("pairing-matrix")
@Menu(title = "nav.pairingMatrix", order = 21, icon = "GRID_SMALL")
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
@StyleSheet("context://styles/pairing.css")
class PairingMatrixView extends VerticalLayout implements HasDynamicTitle {

    private final PairingOverviewService overview;
    private final PairingService pairings;
    private final PairingEditService edits;
    private final OrganizationDirectory branches;
    private final ExternalUnitService units;
    private final AppUser user;
    private final Clock clock;

    PairingMatrixView(
            PairingOverviewService overview,
            PairingService pairings,
            PairingEditService edits,
            OrganizationDirectory branches,
            ExternalUnitService units,
            CurrentUser currentUser,
            Clock clock) {
        this.overview = overview;
        this.pairings = pairings;
        this.edits = edits;
        this.branches = branches;
        this.units = units;
        this.user = currentUser.require();
        this.clock = clock;
        addClassName("view");
        render();
    }

    private void render() {
        removeAll();
        PairingMatrix m = overview.matrix();
        add(new ViewHeader(getTranslation("nav.pairingMatrix")));
        Paragraph summary = new Paragraph(getTranslation(
                "pairing.matrix.summary",
                m.served().size(),
                m.unpairedClinical().size()));
        summary.setId("matrix-summary");
        add(summary, legend());
        Div scroller = new Div();
        scroller.addClassName("pairing-matrix-scroll");
        scroller.getElement().appendChild(table(m));
        add(scroller);
        if (!m.unpairedClinical().isEmpty()) {
            Div gaps = new Div();
            gaps.setId("matrix-gaps");
            gaps.addClassName("card");
            gaps.add(new Span(getTranslation("pairing.matrix.gaps")));
            for (BranchRef b : m.unpairedClinical()) {
                Div line = new Div(new Span(b.name() + " "));
                line.setId("gap-" + b.code());
                line.addClassName("pairing-gap-line");
                Button suggest = new Button(
                        getTranslation("pairing.suggest.button"),
                        e -> new SuggestionDialog(
                                        overview,
                                        b,
                                        user.isAdmin(),
                                        functionalId -> PairingFormDialog.create(
                                                        pairings,
                                                        edits,
                                                        branches,
                                                        units,
                                                        user,
                                                        LocalDate.now(clock),
                                                        null,
                                                        new Long[] {functionalId, b.id()},
                                                        id -> getUI().ifPresent(ui -> ui.navigate(
                                                                PairingDetailView.class,
                                                                new RouteParameters("pairingId", String.valueOf(id)))))
                                                .open())
                                .open());
                suggest.setId("suggest-" + b.code());
                suggest.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                line.add(suggest);
                gaps.add(line);
            }
            add(gaps);
        }
        add(new HealthRulePanel(pairings.healthThresholds()));
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("pairing-legend");
        for (String h : new String[] {"ALIVE", "SLOWING", "DORMANT"}) {
            Span s = new Span(getTranslation("enum.PairingHealth." + h));
            s.addClassNames("pairing-cell", "pairing-cell-" + h.toLowerCase());
            legend.add(s);
        }
        Span draft = new Span(getTranslation("enum.PairingStatus.DRAFT"));
        draft.addClassNames("pairing-cell", "pairing-cell-draft");
        Span gap = new Span(getTranslation("pairing.matrix.gap"));
        gap.addClassNames("pairing-cell", "pairing-cell-gap");
        legend.add(draft, gap);
        return legend;
    }

    private Element table(PairingMatrix m) {
        Element table = new Element("table");
        table.setAttribute("id", "pairing-matrix");
        table.getClassList().add("pairing-matrix");
        Element head = new Element("tr");
        head.appendChild(new Element("th").setText(getTranslation("pairing.matrix.corner")));
        for (BranchRef f : m.functional()) {
            head.appendChild(new Element("th").setText(f.name()).setAttribute("title", f.code()));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (BranchRef s : m.served()) {
            Element row = new Element("tr");
            Element name = new Element("th").setText(s.name() + " · " + getTranslation("enum.BranchKind." + s.kind()));
            boolean gap = m.unpairedClinical().contains(s);
            if (gap) {
                row.getClassList().add("pairing-row-gap");
                name.setAttribute("title", getTranslation("pairing.matrix.gap"));
            }
            row.appendChild(name);
            for (BranchRef f : m.functional()) {
                Element td = new Element("td");
                PairingMatrix.Cell cell = m.cell(s.id(), f.id());
                if (cell != null) {
                    String kind = cell.status().isLive() && cell.health() != null
                            ? cell.health().name().toLowerCase()
                            : "draft";
                    String label = cell.status().isLive() && cell.health() != null
                            ? getTranslation("enum.PairingHealth." + cell.health())
                            : getTranslation("enum.PairingStatus." + cell.status());
                    Element link = new Element("a")
                            .setText(label)
                            .setAttribute(
                                    "href",
                                    RouteConfiguration.forSessionScope()
                                            .getUrl(
                                                    PairingDetailView.class,
                                                    new RouteParameters("pairingId", String.valueOf(cell.pairingId()))))
                            .setAttribute("id", "cell-" + s.code() + "-" + f.code());
                    link.getClassList().add("pairing-cell");
                    link.getClassList().add("pairing-cell-" + kind);
                    td.appendChild(link);
                } else if (gap) {
                    td.getClassList().add("pairing-cell-gap");
                }
                row.appendChild(td);
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        return table;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pairingMatrix");
    }
}
