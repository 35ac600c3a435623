package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.EventDetail;
import cn.dangjian.calendar.EventPhotoService;
import cn.dangjian.calendar.PhotoRef;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.Uploads;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** Optional photos of a held event; the service checks size and the real image type again. */
class PhotoPanel extends Div {

    private final CalendarUi ui;
    private final long eventId;
    private final boolean canEdit;
    private final Div thumbs = new Div();
    private final List<PhotoRef> photos;

    PhotoPanel(CalendarUi ui, EventDetail detail) {
        this.ui = ui;
        this.eventId = detail.id();
        this.canEdit = detail.canEdit();
        this.photos = new ArrayList<>(detail.photos());
        addClassName("photo-panel");
        thumbs.addClassName("photo-thumbs");
        add(new Div(getTranslation("calendar.photo.title")), thumbs);
        if (canEdit) {
            UI current = UI.getCurrent();
            Upload upload = Uploads.limited(
                    new Upload(),
                    EventPhotoService.MAX_BYTES,
                    EventPhotoService.MAX_PER_EVENT,
                    (fileName, bytes) -> {
                        // A refusal here (type, count, access) rejects the file in the list and is shown by the
                        // handler.
                        PhotoRef ref = ui.photos.add(eventId, fileName, bytes);
                        Uploads.inUi(current, () -> {
                            photos.add(ref);
                            render();
                        });
                    },
                    "image/jpeg",
                    ".jpg",
                    ".jpeg",
                    "image/png",
                    ".png",
                    "image/webp",
                    ".webp");
            upload.setId("photo-upload");
            add(upload);
        }
        render();
    }

    private void render() {
        thumbs.removeAll();
        for (PhotoRef p : photos) {
            Image img = new Image(
                    DownloadHandler.fromInputStream(ev -> {
                        byte[] data = ui.photos.data(p.id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(data), p.fileName(), p.contentType(), data.length);
                    }),
                    p.fileName());
            img.addClassName("photo-thumb");
            Div cell = new Div(img);
            if (canEdit) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    if (Notifier.attempt(this, () -> ui.photos.remove(p.id()), "calendar.photo.removed")) {
                        photos.remove(p);
                        render();
                    }
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                remove.setAriaLabel(getTranslation("action.remove"));
                cell.add(remove);
            }
            thumbs.add(cell);
        }
    }
}
