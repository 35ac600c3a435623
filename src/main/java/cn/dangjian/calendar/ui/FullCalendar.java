package cn.dangjian.calendar.ui;

import cn.dangjian.common.ui.Json;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small server-side wrapper of FullCalendar 6 (MIT, standard bundle from its WebJar): month, week and
 * list views, lazy event loading per visible range, click, date click and drag to move. Events are
 * fetched through a {@link ClientCallable} so only the visible range ever travels. The calendar is
 * created inside requestAnimationFrame so it measures an attached element of explicit height.
 */
@Tag("div")
@JavaScript("context://webjars/fullcalendar/6.1.15/index.global.min.js")
public class FullCalendar extends Component implements HasSize, HasStyle {

    /** One event as the calendar draws it. */
    public record Entry(
            String id,
            String title,
            LocalDateTime start,
            LocalDateTime end,
            String color,
            boolean editable,
            String className) {}

    private BiFunction<LocalDate, LocalDate, List<Entry>> provider = (a, b) -> List.of();
    private Consumer<String> onClick = id -> {};
    private Consumer<LocalDate> onDateClick = d -> {};
    private MoveHandler onMove = (id, s, e) -> false;
    private String initialView = "dayGridMonth";
    /** Without an explicit view a phone starts on the list, which reads better than a 7-column month. */
    private boolean explicitView;

    private @Nullable LocalDate initialDate;

    /** Decides a drag: true keeps the move, false puts the event back. */
    @FunctionalInterface
    public interface MoveHandler {
        boolean move(String id, LocalDateTime start, LocalDateTime end);
    }

    public FullCalendar() {
        addClassName("full-calendar");
    }

    public void setEntryProvider(BiFunction<LocalDate, LocalDate, List<Entry>> provider) {
        this.provider = provider;
    }

    public void addEntryClickListener(Consumer<String> listener) {
        this.onClick = listener;
    }

    public void addDateClickListener(Consumer<LocalDate> listener) {
        this.onDateClick = listener;
    }

    public void setMoveHandler(MoveHandler handler) {
        this.onMove = handler;
    }

    /** dayGridMonth, timeGridWeek or listMonth. */
    public void setInitialView(String view) {
        this.initialView = view;
        this.explicitView = true;
    }

    public void setInitialDate(@Nullable LocalDate date) {
        this.initialDate = date;
    }

    /** Reloads the visible range, e.g. after a filter or an event changed. */
    public void refresh() {
        getElement().executeJs("if (this._fc) { this._fc.refetchEvents(); }");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        Locale locale = attachEvent.getUI().getLocale();
        boolean en = "en".equals(locale.getLanguage());
        ObjectNode options = Json.object()
                .put("phoneList", !explicitView)
                .put("view", initialView)
                .put("date", initialDate == null ? "" : initialDate.toString())
                .put("code", en ? "en-gb" : "zh-cn")
                .set("buttonText", Json.object(buttonText()))
                .put("allDayText", t("calendar.fc.allDay"))
                .put("noEventsText", t("calendar.fc.noEvents"))
                .put("moreLinkText", t("calendar.fc.more"));
        getElement().executeJs("""
                const el = this;
                const o = $0;
                const pad = n => String(n).padStart(2, '0');
                const local = d => d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T'
                    + pad(d.getHours()) + ':' + pad(d.getMinutes());
                requestAnimationFrame(() => {
                  if (el._fc) { el._fc.destroy(); }
                  const fc = new FullCalendar.Calendar(el, {
                    initialView: (o.phoneList && window.innerWidth < 700) ? 'listMonth' : o.view,
                    initialDate: o.date || undefined,
                    locale: { code: o.code, week: { dow: 1, doy: 4 }, buttonText: o.buttonText, allDayText: o.allDayText,
                              noEventsText: o.noEventsText, moreLinkText: o.moreLinkText },
                    height: '100%',
                    headerToolbar: window.innerWidth < 700
                        ? { left: 'prev,next', center: 'title', right: 'dayGridMonth,listMonth' }
                        : { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listMonth' },
                    eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
                    slotLabelFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
                    slotMinTime: '07:00:00', slotMaxTime: '21:00:00',
                    dayMaxEvents: true, nowIndicator: true, eventDisplay: 'block', editable: false, eventDurationEditable: false,
                    events: (info, ok, fail) => el.$server.fetch(info.startStr.substring(0, 10), info.endStr.substring(0, 10))
                        .then(s => ok(JSON.parse(s)), fail),
                    eventClick: info => { info.jsEvent.preventDefault(); el.$server.clicked(info.event.id); },
                    dateClick: info => el.$server.dateClicked(info.dateStr.substring(0, 10)),
                    eventDrop: info => {
                      const s = info.event.start;
                      const e = info.event.end || new Date(s.getTime() + 3600000);
                      el.$server.moved(info.event.id, local(s), local(e)).then(kept => { if (!kept) { info.revert(); } });
                    }
                  });
                  el._fc = fc;
                  fc.render();
                  // The page may still be laying out (server-rendered first load, stylesheets arriving): measure
                  // again whenever the element's size changes, not only on window resizes.
                  if (!el._fcResize) {
                    el._fcResize = new ResizeObserver(() => el._fc && el._fc.updateSize());
                    el._fcResize.observe(el);
                  }
                });
                """, options);
    }

    private Map<String, String> buttonText() {
        Map<String, String> text = new LinkedHashMap<>();
        for (String button : List.of("today", "month", "week", "list", "day")) {
            text.put(button, t("calendar.fc." + button));
        }
        return text;
    }

    private String t(String key) {
        return getTranslation(key);
    }

    /** JSON text rather than nodes: FullCalendar's success callback is handed the parsed array. */
    @ClientCallable
    String fetch(String start, String end) {
        ArrayNode events = Json.array();
        for (Entry e : provider.apply(LocalDate.parse(start), LocalDate.parse(end))) {
            events.addObject()
                    .put("id", e.id())
                    .put("title", e.title())
                    .put("start", e.start().toString())
                    .put("end", e.end().toString())
                    .put("backgroundColor", e.color())
                    .put("borderColor", e.color())
                    .put("classNames", e.className())
                    .put("editable", e.editable());
        }
        return events.toString();
    }

    @ClientCallable
    void clicked(String id) {
        onClick.accept(id);
    }

    @ClientCallable
    void dateClicked(String date) {
        onDateClick.accept(LocalDate.parse(date));
    }

    @ClientCallable
    boolean moved(String id, String start, String end) {
        return onMove.move(id, LocalDateTime.parse(start), LocalDateTime.parse(end));
    }
}
