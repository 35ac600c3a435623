package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.BranchSection;
import cn.dangjian.common.ui.StatCard;
import cn.dangjian.pairing.lists.ServiceRecord;
import cn.dangjian.pairing.lists.ServiceRecordService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A functional branch's service record (服务型支部) on its branch page, this year. Empty for other branches and for
 * viewers who may not read the branch (the service decides).
 */
@SpringComponent
class ServiceRecordSection implements BranchSection {

    private final ServiceRecordService records;
    private final Clock clock;

    ServiceRecordSection(ServiceRecordService records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Component> create(long branchId) {
        int year = LocalDate.now(clock).getYear();
        return records.of(branchId, year).map(r -> view(r, year));
    }

    private static Component view(ServiceRecord r, int year) {
        Div section = new Div();
        section.setId("service-record");
        section.add(new H3(section.getTranslation("service.title", year)));
        Div cards = new Div(
                new StatCard(String.valueOf(r.received()), section.getTranslation("service.received")),
                new StatCard(String.valueOf(r.claimed()), section.getTranslation("service.claimed")),
                new StatCard(String.valueOf(r.closed()), section.getTranslation("service.closed")),
                new StatCard(ServiceRecordFormat.median(r), section.getTranslation("service.medianDays")),
                new StatCard(ServiceRecordFormat.satisfied(section, r), section.getTranslation("service.satisfied")));
        cards.addClassName("pairing-cards");
        section.add(cards);
        return section;
    }
}
