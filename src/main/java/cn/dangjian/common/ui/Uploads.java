package cn.dangjian.common.ui;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.UploadLimits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.Command;
import java.util.Arrays;
import java.util.List;

/**
 * Every upload of the console is set up here, the same way: a server-side byte limit
 * ({@link LimitedUploadHandler}), the same limit and the accepted types in the browser, and the
 * component's own texts (buttons, drop label, errors, statuses) from the bundles instead of its English defaults.
 */
public final class Uploads {

    private Uploads() {}

    /**
     * Configures {@code upload} to receive at most {@code maxFiles} files of at most {@code maxBytes} each, of
     * the given types (MIME types and extensions such as ".pdf"), handing each accepted file to {@code receiver}.
     */
    public static Upload limited(
            Upload upload, long maxBytes, int maxFiles, LimitedUploadHandler.Receiver receiver, String... types) {
        upload.setUploadHandler(new LimitedUploadHandler(maxBytes, receiver));
        upload.setMaxFileSize((int) Math.min(maxBytes, Integer.MAX_VALUE));
        upload.setMaxFiles(maxFiles);
        upload.setAcceptedFileTypes(types);
        upload.setI18n(i18n(upload, maxBytes, types));
        // The browser refuses a file before sending it: say so, since the file then never shows in the list.
        upload.addFileRejectedListener(e ->
                Notifier.error(upload, new BusinessException("upload.rejected", e.getFileName(), e.getErrorMessage())));
        return upload;
    }

    /** The component's texts in the viewer's language, naming the limit and the accepted types. */
    public static UploadI18N i18n(Component context, long maxBytes, String... types) {
        String mb = UploadLimits.megabytes(maxBytes);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(t(context, "upload.addFiles.one"))
                .setMany(t(context, "upload.addFiles.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(t(context, "upload.dropFiles.one"))
                .setMany(t(context, "upload.dropFiles.many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(t(context, "upload.error.tooManyFiles"))
                .setFileIsTooBig(context.getTranslation("upload.error.fileIsTooBig", mb))
                .setIncorrectFileType(context.getTranslation("upload.error.incorrectFileType", readable(types))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(t(context, "upload.file.retry"))
                .setStart(t(context, "upload.file.start"))
                .setRemove(t(context, "upload.file.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(t(context, "upload.status.connecting"))
                        .setStalled(t(context, "upload.status.stalled"))
                        .setProcessing(t(context, "upload.status.processing"))
                        .setHeld(t(context, "upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t(context, "upload.remaining.prefix"))
                        .setUnknown(t(context, "upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t(context, "upload.failed.serverUnavailable"))
                        .setUnexpectedServerError(t(context, "upload.failed.unexpected"))
                        .setForbidden(t(context, "upload.failed.forbidden"))
                        .setFileTooLarge(context.getTranslation("upload.error.fileIsTooBig", mb))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }

    /** The extensions a user recognises (".pdf、.png"), or the MIME types when no extension is given. */
    static String readable(String... types) {
        List<String> extensions =
                Arrays.stream(types).filter(t -> t.startsWith(".")).toList();
        return String.join(" ", extensions.isEmpty() ? List.of(types) : extensions);
    }

    /**
     * Runs a UI change from an upload's receiver: at once when this thread already holds the session
     * (a browserless test, a locked request), else through push.
     */
    public static void inUi(UI ui, Command command) {
        if (ui.getSession().hasLock()) {
            command.execute();
        } else {
            ui.access(command);
        }
    }

    private static String t(Component context, String key) {
        return context.getTranslation(key);
    }
}
