package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.pairing.lists.ServiceRecord;
import cn.dangjian.pairing.lists.ServiceRecordService;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;

/** The hospital table of functional branches' service records (服务型支部), by year. */
@Route("service-records")
@Menu(title = "nav.serviceRecords", order = 24, icon = "HANDSHAKE")
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
class ServiceRecordsView extends VerticalLayout implements HasDynamicTitle {

    ServiceRecordsView(ServiceRecordService records, Clock clock) {
        addClassName("view");
        int thisYear = LocalDate.now(clock).getYear();
        Select<Integer> year = new Select<>();
        year.setId("service-year");
        year.setLabel(getTranslation("service.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 2, thisYear).boxed().toList());
        year.setValue(thisYear);
        Grid<ServiceRecord> grid = new Grid<>(ServiceRecord.class, false);
        grid.setId("service-records-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(ServiceRecord::branchName)
                .setHeader(getTranslation("field.branch"))
                .setAutoWidth(true);
        grid.addColumn(ServiceRecord::received).setHeader(getTranslation("service.received"));
        grid.addColumn(ServiceRecord::claimed).setHeader(getTranslation("service.claimed"));
        grid.addColumn(ServiceRecord::closed).setHeader(getTranslation("service.closed"));
        grid.addColumn(ServiceRecordFormat::median).setHeader(getTranslation("service.medianDays"));
        grid.addColumn(r -> ServiceRecordFormat.satisfied(this, r)).setHeader(getTranslation("service.satisfied"));
        year.addValueChangeListener(e -> grid.setItems(records.hospital(e.getValue())));
        grid.setItems(records.hospital(thisYear));
        Paragraph how = new Paragraph(getTranslation("service.how"));
        how.addClassName("pairing-muted");
        add(new ViewHeader(getTranslation("nav.serviceRecords")), how, year, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.serviceRecords");
    }
}
