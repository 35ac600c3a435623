package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.Holiday;
import cn.dangjian.calendar.HolidayService;
import cn.dangjian.common.ui.DatePickers;
import cn.dangjian.common.ui.ExportedColumns;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** 节假日: the administrator corrects the public holidays and worked weekend days the plan follows. */
@Route("calendar/holidays")
@Menu(title = "calendar.nav.holidays", order = 35, icon = "FLAG")
@RolesAllowed(Roles.ADMIN)
class HolidaysView extends VerticalLayout implements HasDynamicTitle {

    private final HolidayService holidays;
    private final Select<Integer> year = new Select<>();
    private final Grid<Holiday> grid = new Grid<>();

    HolidaysView(CalendarUi ui, HolidayService holidays) {
        this.holidays = holidays;
        addClassName("view");
        int thisYear = ui.today().getYear();
        year.setItems(List.of(thisYear - 1, thisYear, thisYear + 1, thisYear + 2));
        year.setValue(thisYear + 1);
        year.setId("holiday-year");
        year.addValueChangeListener(e -> refresh());

        DatePicker day = DatePickers.localized(new DatePicker(getTranslation("calendar.holiday.day")));
        TextField name = new TextField(getTranslation("calendar.holiday.name"));
        name.setMaxLength(40);
        Checkbox working = new Checkbox(getTranslation("calendar.holiday.working"));
        Button add = new Button(getTranslation("calendar.holiday.add"), VaadinIcon.PLUS.create(), e -> {
            if (day.getValue() == null) {
                return;
            }
            if (Notifier.attempt(
                    this,
                    () -> holidays.save(day.getValue(), name.getValue(), working.getValue()),
                    "calendar.holiday.saved")) {
                refresh();
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("holiday-add");
        HorizontalLayout form = new HorizontalLayout(day, name, working, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("holiday-grid");
        ExportedColumns.add(grid, Holiday::getDay)
                .setHeader(getTranslation("calendar.holiday.day"))
                .setAutoWidth(true);
        grid.addColumn(Holiday::getName)
                .setHeader(getTranslation("calendar.holiday.name"))
                .setAutoWidth(true);
        grid.addColumn(h -> h.isWorkingDay() ? getTranslation("calendar.holiday.working") : "")
                .setHeader(getTranslation("calendar.holiday.working"));
        grid.addComponentColumn(h -> {
                    Button delete = new Button(VaadinIcon.TRASH.create(), e -> {
                        if (Notifier.attempt(this, () -> holidays.delete(h.getDay()), "calendar.holiday.deleted")) {
                            refresh();
                        }
                    });
                    delete.addThemeVariants(ButtonVariant.TERTIARY);
                    delete.setAriaLabel(getTranslation("calendar.holiday.delete"));
                    return delete;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        add(
                new ViewHeader(getTranslation("calendar.nav.holidays")),
                new Paragraph(getTranslation("calendar.holiday.note")),
                year,
                form,
                GridExport.of(grid, "holidays"),
                grid);
        refresh();
    }

    private void refresh() {
        // At most about forty rows a year.
        grid.setItems(holidays.holidays(year.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.nav.holidays");
    }
}
