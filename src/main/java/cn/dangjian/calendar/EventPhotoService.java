package cn.dangjian.calendar;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.security.Roles;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Photos as evidence of an event: size- and type-checked, the type by the file's own bytes. */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
public class EventPhotoService {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_PER_EVENT = 9;
    static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp");

    private final EventPhotoRepository photos;
    private final CalendarAccess access;
    private final AuditService audit;

    EventPhotoService(EventPhotoRepository photos, CalendarAccess access, AuditService audit) {
        this.photos = photos;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public PhotoRef add(long eventId, String fileName, byte[] data) {
        CalendarEvent e = access.editable(eventId);
        if (data.length > MAX_BYTES) {
            throw new BusinessException("calendar.photo.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String type = sniff(data);
        if (type == null) {
            throw new BusinessException("calendar.photo.wrongType");
        }
        if (photos.countByEvent(eventId) >= MAX_PER_EVENT) {
            throw new BusinessException("calendar.photo.tooMany", MAX_PER_EVENT);
        }
        String name = fileName.isBlank() ? "photo" : fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        EventPhoto saved = photos.saveAndFlush(new EventPhoto(eventId, name, type, data));
        audit.record("CalendarEvent", eventId, "PHOTO_ADD", e.getTitle(), Map.of(), Map.of("photo", name));
        return new PhotoRef(saved.getId(), saved.getFileName(), saved.getContentType(), saved.getSizeBytes());
    }

    @Transactional
    public void remove(long photoId) {
        EventPhoto p = photos.findById(photoId).orElseThrow(NotFoundException::new);
        CalendarEvent e = access.editable(p.getEventId());
        audit.record(
                "CalendarEvent", e.getId(), "PHOTO_REMOVE", e.getTitle(), Map.of("photo", p.getFileName()), Map.of());
        photos.delete(p);
    }

    /** The bytes of a photo of an event the viewer may read. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] data(long photoId) {
        EventPhoto p = photos.findById(photoId).orElseThrow(NotFoundException::new);
        access.readable(p.getEventId());
        return p.getData();
    }

    /** The image type from the magic bytes, or null when it is not an accepted image. */
    static @Nullable String sniff(byte[] d) {
        if (d.length > 3 && (d[0] & 0xff) == 0xff && (d[1] & 0xff) == 0xd8 && (d[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (d.length > 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return "image/png";
        }
        if (d.length > 12
                && d[0] == 'R'
                && d[1] == 'I'
                && d[2] == 'F'
                && d[3] == 'F'
                && d[8] == 'W'
                && d[9] == 'E'
                && d[10] == 'B'
                && d[11] == 'P') {
            return "image/webp";
        }
        return null;
    }
}
