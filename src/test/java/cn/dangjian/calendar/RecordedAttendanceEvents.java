package cn.dangjian.calendar;

import cn.dangjian.common.contracts.EventAttendanceChanged;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test-side listener: remembers every attendance message, as the points and pairing listeners would get them. */
@Component
public class RecordedAttendanceEvents {

    private final List<EventAttendanceChanged> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(EventAttendanceChanged event) {
        received.add(event);
    }

    public List<EventAttendanceChanged> of(long eventId) {
        return received.stream().filter(e -> e.eventId() == eventId).toList();
    }
}
