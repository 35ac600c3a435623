package cn.dangjian.calendar;

import cn.dangjian.common.contracts.EventTypeDirectory;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Points' view of the calendar's event types: codes and names, never the entities. */
@Service
@PreAuthorize("isAuthenticated()")
class EventTypeDirectoryService implements EventTypeDirectory {

    private final EventTypeRepository types;

    EventTypeDirectoryService(EventTypeRepository types) {
        this.types = types;
    }

    @Override
    @Transactional(readOnly = true)
    public List<EventTypeName> eventTypes(Locale locale) {
        return types.findAllOrdered().stream()
                .map(t -> new EventTypeName(t.getCode(), t.name(locale)))
                .toList();
    }
}
