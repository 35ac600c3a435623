package cn.dangjian.dashboard.ui;

import cn.dangjian.common.contracts.EventTypeDirectory;
import cn.dangjian.dashboard.HospitalDashboardService;
import cn.dangjian.dashboard.HospitalFigures;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The meeting-room screen: the hospital tiles one at a time in large type, full screen, turning every 20
 * seconds and re-reading the figures every 5 minutes by UI polling. Bounded: after 12 hours it stops polling
 * (and so lets the session expire) until someone presses "continue".
 */
@Route(value = "dashboard/present", autoLayout = false)
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
@StyleSheet("context://styles/dashboard.css")
class PresentationView extends Div implements HasDynamicTitle {

    static final int ROTATE_MILLIS = 20_000;
    /** Figures are re-read every 15 turns: 5 minutes. */
    static final int RELOAD_EVERY = 15;
    /** 12 hours of turns. */
    static final int MAX_TICKS = 12 * 60 * 3;

    static final int FONT_SIZE = 22;

    private final HospitalDashboardService dashboard;
    private final EventTypeDirectory types;
    private final Div stage = new Div();
    private final Span position = new Span();
    private final Button resume = new Button();
    private final List<ChartTile> tiles = new ArrayList<>();
    private int current;
    private int ticks;
    private int reloads;
    private @Nullable Registration polling;

    PresentationView(HospitalDashboardService dashboard, EventTypeDirectory types) {
        this.dashboard = dashboard;
        this.types = types;
        addClassName("dash-present");
        setId("dash-present-view");
        Button fullScreen = new Button(getTranslation("dash.present.fullScreen"));
        fullScreen.setId("dash-fullscreen");
        fullScreen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // Browsers allow full screen only inside the user's own click, so the browser handles it itself.
        fullScreen
                .getElement()
                .executeJs(
                        "this.addEventListener('click', () =>"
                                + " document.documentElement.requestFullscreen && document.documentElement.requestFullscreen())");
        Button next = new Button(getTranslation("dash.present.next"), e -> show(current + 1));
        next.setId("dash-next");
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        resume.setText(getTranslation("dash.present.resume"));
        resume.setId("dash-resume");
        resume.setVisible(false);
        resume.addClickListener(e -> startPolling());
        position.setId("dash-position");
        Div bar = new Div(new H1(getTranslation("dash.present.title")), position, next, fullScreen, resume);
        bar.addClassName("dash-present-bar");
        stage.addClassName("dash-stage");
        add(bar, stage);
        reload();
    }

    /** Re-reads the figures and rebuilds the tiles, keeping the place in the rotation. */
    void reload() {
        HospitalFigures f = dashboard.figures();
        String scope = getTranslation("dash.scope.hospital", f.branches());
        tiles.clear();
        tiles.addAll(new ComplianceTiles(this, FONT_SIZE, HospitalDashboardView.typeNames(types)).tiles(f, scope));
        tiles.addAll(new PeopleTiles(this, FONT_SIZE).tiles(f, scope));
        reloads++;
        show(current);
    }

    /** One turn of the rotation, as each poll makes it. */
    void tick() {
        ticks++;
        if (ticks % RELOAD_EVERY == 0) {
            reload();
        }
        show(current + 1);
        if (ticks >= MAX_TICKS) {
            stopPolling();
            resume.setVisible(true);
        }
    }

    private void show(int index) {
        current = Math.floorMod(index, tiles.size());
        stage.removeAll();
        stage.add(tiles.get(current));
        position.setText((current + 1) + " / " + tiles.size());
    }

    int current() {
        return current;
    }

    int reloads() {
        return reloads;
    }

    boolean polling() {
        return polling != null;
    }

    private void startPolling() {
        ticks = 0;
        resume.setVisible(false);
        getUI().ifPresent(ui -> {
            ui.setPollInterval(ROTATE_MILLIS);
            if (polling == null) {
                polling = ui.addPollListener(e -> tick());
            }
        });
    }

    private void stopPolling() {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        startPolling();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling();
        UI ui = detachEvent.getUI();
        ui.setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dash.present.title");
    }
}
