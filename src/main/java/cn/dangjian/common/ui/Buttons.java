package cn.dangjian.common.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;

/**
 * Buttons that change something: disabled in the browser at the first click (a double click on 保存
 * sends one request, not two) and enabled again once the action has run, whether it saved, was refused
 * by validation or failed, so the user can correct the form and try again.
 */
public final class Buttons {

    private Buttons() {}

    /** Gives {@code button} its {@code action}, run at most once per click until it returns. */
    public static Button whileWorking(Button button, ComponentEventListener<ClickEvent<Button>> action) {
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            try {
                action.onComponentEvent(e);
            } finally {
                button.setEnabled(true);
            }
        });
        return button;
    }
}
