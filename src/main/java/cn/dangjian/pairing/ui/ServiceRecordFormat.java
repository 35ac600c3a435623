package cn.dangjian.pairing.ui;

import cn.dangjian.pairing.lists.ServiceRecord;
import com.vaadin.flow.component.Component;
import java.util.Locale;

/** How a service record's derived numbers read: a dash when there is nothing to compute them from. */
final class ServiceRecordFormat {

    private ServiceRecordFormat() {}

    static String median(ServiceRecord r) {
        Double m = r.medianDaysToClose();
        return m == null ? "—" : m % 1 == 0 ? String.valueOf(m.intValue()) : String.format(Locale.ROOT, "%.1f", m);
    }

    static String satisfied(Component context, ServiceRecord r) {
        Double share = r.satisfiedShare();
        return share == null
                ? "—"
                : context.getTranslation("service.satisfiedShare", Math.round(share * 100), r.satisfied(), r.rated());
    }
}
