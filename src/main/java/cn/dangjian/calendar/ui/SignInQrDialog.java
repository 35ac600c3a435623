package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.SignInCode;
import cn.dangjian.common.ui.Confirm;
import cn.dangjian.common.ui.Notifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Shows the event's QR code for members to scan; it links to the sign-in page with a signed token.
 * "New code" voids every code shown before (a photo of the screen passed around, say).
 */
final class SignInQrDialog extends Dialog {

    private final Div body = new Div();

    private SignInQrDialog(CalendarUi ui, long eventId, String title) {
        setId("sign-in-dialog");
        setHeaderTitle(getTranslation("calendar.signIn.qrTitle", title));
        add(body);
        Button renew = new Button(
                getTranslation("calendar.signIn.newCode"),
                VaadinIcon.REFRESH.create(),
                e -> Confirm.ask(
                        this,
                        "calendar.signIn.newCode",
                        getTranslation("calendar.signIn.newCodeText"),
                        "calendar.signIn.newCode",
                        () -> show(() -> ui.signIns.newCode(eventId))));
        renew.setId("sign-in-new-code");
        renew.addThemeVariants(ButtonVariant.TERTIARY);
        getFooter().add(renew, new Button(getTranslation("action.close"), e -> close()));
    }

    static void open(CalendarUi ui, long eventId, String title) {
        SignInQrDialog dialog = new SignInQrDialog(ui, eventId, title);
        if (dialog.show(() -> ui.signIns.code(eventId))) {
            dialog.open();
        }
    }

    private boolean show(Supplier<SignInCode> source) {
        SignInCode code;
        try {
            code = source.get();
        } catch (RuntimeException e) {
            Notifier.error(this, e);
            return false;
        }
        String url =
                PublicUrls.base() + RouteConfiguration.forApplicationScope().getUrl(SignInView.class) + "?token="
                        + URLEncoder.encode(code.token(), StandardCharsets.UTF_8);
        byte[] png = QrCodes.png(url, 320);
        Image img = new Image(
                DownloadHandler.fromInputStream(ev ->
                        new DownloadResponse(new ByteArrayInputStream(png), "sign-in.png", "image/png", png.length)),
                getTranslation("calendar.signIn.qr"));
        img.setId("sign-in-qr");
        img.setWidth("320px");
        Anchor link = new Anchor(url, url);
        link.setId("sign-in-link");
        link.getStyle().set("word-break", "break-all").set("font-size", "var(--lumo-font-size-s)");
        Paragraph window = new Paragraph(getTranslation(
                "calendar.signIn.window",
                code.validFrom().format(EventDialog.TIME),
                code.validUntil().format(EventDialog.TIME)));
        window.setId("sign-in-window");
        body.removeAll();
        body.add(img, new Paragraph(getTranslation("calendar.signIn.qrHelp")), window, link);
        return true;
    }
}
