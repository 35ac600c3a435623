package cn.dangjian.calendar.ui;

import cn.dangjian.common.ui.Notifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.NullMarked;

/** Shows the event's QR code for members to scan; it links to the sign-in page with a signed token. */
@NullMarked
final class SignInQrDialog {

    private SignInQrDialog() {
    }

    static void open(CalendarUi ui, long eventId, String title) {
        String token;
        Dialog dialog = new Dialog();
        try {
            token = ui.calendar.signInToken(eventId);
        } catch (RuntimeException e) {
            Notifier.error(dialog, e);
            return;
        }
        String url = baseUrl() + "calendar/sign-in?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        dialog.setHeaderTitle(dialog.getTranslation("calendar.signIn.qrTitle", title));
        byte[] png = QrCodes.png(url, 320);
        Image img = new Image(DownloadHandler.fromInputStream(
                ev -> new DownloadResponse(new ByteArrayInputStream(png), "sign-in.png", "image/png", png.length)),
                dialog.getTranslation("calendar.signIn.qr"));
        img.setId("sign-in-qr");
        img.setWidth("320px");
        Anchor link = new Anchor(url, url);
        link.setId("sign-in-link");
        link.getStyle().set("word-break", "break-all").set("font-size", "var(--lumo-font-size-s)");
        dialog.add(img, new Paragraph(dialog.getTranslation("calendar.signIn.qrHelp")), link);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    private static String baseUrl() {
        return FeedDialog.baseUrl();
    }
}
