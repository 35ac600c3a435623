package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.DutyRule;
import cn.dangjian.calendar.EventType;
import cn.dangjian.calendar.Recurrence;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The administrator's configuration: event types (names, colour, compliance, study) and duty rules. */
@Route("calendar/types")
@Menu(title = "calendar.nav.types", order = 34, icon = "COG")
@RolesAllowed(Roles.ADMIN)
@StyleSheet("context://styles/calendar.css")
class EventTypesView extends VerticalLayout implements HasDynamicTitle {

    private final CalendarUi ui;
    private final Grid<EventType> types = new Grid<>();
    private final Grid<DutyRule> rules = new Grid<>();

    EventTypesView(CalendarUi ui) {
        this.ui = ui;
        addClassName("view");
        types.setId("type-grid");
        types.addComponentColumn(t -> {
                    Span s = new Span();
                    s.addClassName("type-swatch");
                    s.getStyle().set("background", t.getColor());
                    return s;
                })
                .setWidth("40px")
                .setFlexGrow(0);
        types.addColumn(EventType::getCode)
                .setHeader(getTranslation("calendar.type.code"))
                .setAutoWidth(true);
        types.addColumn(EventType::getNameZh)
                .setHeader(getTranslation("calendar.type.nameZh"))
                .setAutoWidth(true);
        types.addColumn(EventType::getNameEn)
                .setHeader(getTranslation("calendar.type.nameEn"))
                .setAutoWidth(true);
        types.addColumn(t -> yes(t.isCountsCompliance()))
                .setHeader(getTranslation("calendar.type.counts"))
                .setAutoWidth(true);
        types.addColumn(t -> yes(t.isStudy()))
                .setHeader(getTranslation("calendar.type.study"))
                .setAutoWidth(true);
        types.addColumn(t -> yes(t.isActive()))
                .setHeader(getTranslation("calendar.type.active"))
                .setAutoWidth(true);
        types.addItemClickListener(e -> editType(e.getItem()));
        types.setAllRowsVisible(true);
        rules.setId("rule-grid");
        rules.addColumn(r -> r.getEventType().name(getLocale()))
                .setHeader(getTranslation("calendar.event.type"))
                .setAutoWidth(true);
        rules.addColumn(r -> getTranslation("enum.Recurrence." + r.getRecurrence()))
                .setHeader(getTranslation("calendar.rule.recurrence"))
                .setAutoWidth(true);
        rules.addColumn(r -> r.getWindowMonth() == null
                        ? (r.getWindowDay() == null ? "—" : getTranslation("calendar.rule.day", r.getWindowDay()))
                        : getTranslation("calendar.rule.month", r.getWindowMonth()))
                .setHeader(getTranslation("calendar.rule.window"))
                .setAutoWidth(true);
        rules.addColumn(r -> yes(r.isAppliesServing()))
                .setHeader(getTranslation("calendar.rule.serving"))
                .setAutoWidth(true);
        rules.addColumn(r -> yes(r.isAppliesRetiree()))
                .setHeader(getTranslation("calendar.rule.retiree"))
                .setAutoWidth(true);
        rules.addColumn(r -> yes(r.isActive()))
                .setHeader(getTranslation("calendar.type.active"))
                .setAutoWidth(true);
        rules.addItemClickListener(e -> editRule(e.getItem()));
        rules.setAllRowsVisible(true);
        Button addType = new Button(
                getTranslation("calendar.type.add"), VaadinIcon.PLUS.create(), e -> editType(new EventType()));
        Button addRule = new Button(
                getTranslation("calendar.rule.add"), VaadinIcon.PLUS.create(), e -> editRule(new DutyRule()));
        add(
                new ViewHeader(getTranslation("calendar.nav.types")),
                new HorizontalLayout(
                        new H3(getTranslation("calendar.type.title")), addType, GridExport.of(types, "event-types")),
                types,
                new HorizontalLayout(
                        new H3(getTranslation("calendar.rule.title")), addRule, GridExport.of(rules, "duty-rules")),
                rules);
        reload();
    }

    private String yes(boolean b) {
        return b ? "✓" : "";
    }

    private void reload() {
        types.setItems(ui.typeService.types());
        rules.setItems(ui.typeService.rules());
    }

    private void editType(EventType t) {
        Dialog d = new Dialog(getTranslation(t.getId() == null ? "calendar.type.add" : "calendar.type.edit"));
        TextField code = new TextField(getTranslation("calendar.type.code"), t.getCode(), "");
        code.setReadOnly(t.getId() != null);
        TextField zh = new TextField(getTranslation("calendar.type.nameZh"), t.getNameZh(), "");
        TextField en = new TextField(getTranslation("calendar.type.nameEn"), t.getNameEn(), "");
        TextField color = new TextField(getTranslation("calendar.type.color"), t.getColor(), "#c8102e");
        NumberField hours = new NumberField(getTranslation("calendar.type.hours"));
        hours.setValue(t.getDefaultHours());
        IntegerField order = new IntegerField(getTranslation("calendar.type.order"));
        order.setValue(t.getSortOrder());
        Checkbox counts = new Checkbox(getTranslation("calendar.type.counts"), t.isCountsCompliance());
        Checkbox study = new Checkbox(getTranslation("calendar.type.study"), t.isStudy());
        Checkbox active = new Checkbox(getTranslation("calendar.type.active"), t.isActive());
        d.add(new FormLayout(code, zh, en, color, hours, order, counts, study, active));
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            t.setCode(code.getValue());
            t.setNameZh(zh.getValue());
            t.setNameEn(en.getValue());
            t.setColor(color.getValue().trim());
            t.setDefaultHours(hours.getValue() == null ? 0 : hours.getValue());
            t.setSortOrder(order.getValue() == null ? 0 : order.getValue());
            t.setCountsCompliance(counts.getValue());
            t.setStudy(study.getValue());
            t.setActive(active.getValue());
            if (Notifier.attempt(this, () -> ui.typeService.saveType(t), "calendar.type.saved")) {
                d.close();
                reload();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), save);
        d.open();
    }

    private void editRule(DutyRule r) {
        Dialog d = new Dialog(getTranslation(r.getId() == null ? "calendar.rule.add" : "calendar.rule.edit"));
        Select<EventType> type = new Select<>();
        type.setLabel(getTranslation("calendar.event.type"));
        type.setItems(ui.typeService.types());
        type.setItemLabelGenerator(t -> t.name(getLocale()));
        if (r.getEventType() != null) {
            type.setValue(type.getListDataView()
                    .getItems()
                    .filter(t -> t.getId().equals(r.getEventType().getId()))
                    .findFirst()
                    .orElse(null));
        }
        Select<Recurrence> recurrence = new Select<>();
        recurrence.setLabel(getTranslation("calendar.rule.recurrence"));
        recurrence.setItems(Recurrence.values());
        recurrence.setItemLabelGenerator(x -> getTranslation("enum.Recurrence." + x));
        recurrence.setValue(r.getRecurrence());
        IntegerField month = new IntegerField(getTranslation("calendar.rule.windowMonth"));
        month.setHelperText(getTranslation("calendar.rule.windowMonthHelp"));
        month.setValue(r.getWindowMonth());
        IntegerField day = new IntegerField(getTranslation("calendar.rule.windowDay"));
        day.setValue(r.getWindowDay());
        Checkbox serving = new Checkbox(getTranslation("calendar.rule.serving"), r.isAppliesServing());
        Checkbox retiree = new Checkbox(getTranslation("calendar.rule.retiree"), r.isAppliesRetiree());
        Checkbox active = new Checkbox(getTranslation("calendar.type.active"), r.isActive());
        d.add(new FormLayout(type, recurrence, month, day, serving, retiree, active));
        Button save = Buttons.whileWorking(new Button(getTranslation("action.save")), e -> {
            r.setRecurrence(recurrence.getValue());
            r.setWindowMonth(month.getValue());
            r.setWindowDay(day.getValue());
            r.setAppliesServing(serving.getValue());
            r.setAppliesRetiree(retiree.getValue());
            r.setActive(active.getValue());
            if (type.getValue() == null) {
                Notifier.error(
                        this, new BusinessException("validation.required", getTranslation("calendar.event.type")));
                return;
            }
            if (Notifier.attempt(
                    this, () -> ui.typeService.saveRule(r, type.getValue().getId()), "calendar.rule.saved")) {
                d.close();
                reload();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), save);
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.nav.types");
    }
}
