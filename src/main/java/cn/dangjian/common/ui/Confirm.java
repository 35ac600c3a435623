package cn.dangjian.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before a destructive action. Escape cancels; the destructive button is never the default. */
public final class Confirm {

    private Confirm() {}

    public static Dialog ask(Component context, String titleKey, String text, String confirmKey, Runnable onConfirm) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(context.getTranslation(titleKey));
        dialog.add(new Paragraph(text));
        Button cancel = new Button(context.getTranslation("action.cancel"), e -> dialog.close());
        Button confirm = Buttons.whileWorking(new Button(context.getTranslation(confirmKey)), e -> {
            dialog.close();
            onConfirm.run();
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setId("confirm-button");
        cancel.addClickShortcut(Key.ESCAPE);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        return dialog;
    }
}
