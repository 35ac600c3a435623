package cn.dangjian.common.ui;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.UploadLimits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * Receives one file into memory with a hard byte limit enforced on the server: the stream is read
 * at most one byte past the limit, whatever size the browser announced or checked. A refusal (too large,
 * or a {@link BusinessException} from the receiver) rejects the file, so the upload's file list shows
 * an error instead of a success tick, and tells the user why in their language.
 */
public final class LimitedUploadHandler implements UploadHandler {

    /** Takes the bytes of an accepted file; runs on the upload request's thread, outside the UI lock. */
    @FunctionalInterface
    public interface Receiver extends Serializable {
        void receive(String fileName, byte[] data);
    }

    /** Multipart framing and headers on top of the file itself. */
    private static final long REQUEST_OVERHEAD = 64 * 1024;

    private final long maxBytes;
    private final Receiver receiver;

    public LimitedUploadHandler(long maxBytes, Receiver receiver) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        Component owner = event.getOwningComponent();
        UI ui = event.getUI();
        try {
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                data = UploadLimits.readAtMost(in, maxBytes);
            }
            receiver.receive(event.getFileName(), data);
        } catch (RuntimeException e) {
            event.reject(Notifier.message(owner, e));
            Uploads.inUi(ui, () -> Notifier.error(owner, e));
        }
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + REQUEST_OVERHEAD;
    }
}
