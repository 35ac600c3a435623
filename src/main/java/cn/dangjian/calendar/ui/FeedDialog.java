package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.FeedLink;
import cn.dangjian.common.ui.Notifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** Subscription URLs (iCal) for the branch and for the member; each can be revoked. */
@NullMarked
final class FeedDialog extends Dialog {

    private final CalendarUi ui;
    private final @Nullable Long branchId;
    private final Div list = new Div();
    private final String base;

    private FeedDialog(CalendarUi ui, @Nullable Long branchId) {
        this.ui = ui;
        this.branchId = branchId;
        this.base = baseUrl();
        setId("feed-dialog");
        setHeaderTitle(getTranslation("calendar.feed.title"));
        setWidth("min(720px, 100vw)");
        add(new Paragraph(getTranslation("calendar.feed.help")), list);
        HorizontalLayout actions = new HorizontalLayout();
        if (branchId != null) {
            Button branchFeed = new Button(getTranslation("calendar.feed.newBranch",
                    ui.branchMap().get(branchId) == null ? "" : ui.branchMap().get(branchId).name()), VaadinIcon.PLUS.create(),
                    e -> create(() -> ui.feeds.createBranchFeed(branchId)));
            branchFeed.setId("feed-new-branch");
            actions.add(branchFeed);
        }
        if (ui.user().memberId() != null) {
            Button mine = new Button(getTranslation("calendar.feed.newMine"), VaadinIcon.PLUS.create(),
                    e -> create(ui.feeds::createMemberFeed));
            mine.setId("feed-new-mine");
            actions.add(mine);
        }
        add(actions);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        render();
    }

    static void open(CalendarUi ui, @Nullable Long branchId) {
        new FeedDialog(ui, branchId).open();
    }

    private void create(java.util.function.Supplier<FeedLink> action) {
        try {
            action.get();
            render();
        } catch (RuntimeException e) {
            Notifier.error(this, e);
        }
    }

    private void render() {
        list.removeAll();
        for (FeedLink f : ui.feeds.myFeeds()) {
            TextField url = new TextField(f.branchId() != null
                    ? getTranslation("calendar.feed.branch", ui.branchMap().get(f.branchId()) == null ? "" : ui.branchMap().get(f.branchId()).name())
                    : getTranslation("calendar.feed.mine"));
            url.setValue(base + f.path());
            url.setReadOnly(true);
            url.setWidthFull();
            url.addClassName("feed-url");
            Button revoke = new Button(getTranslation("calendar.feed.revoke"), e -> {
                if (Notifier.attempt(this, () -> ui.feeds.revoke(f.id()), "calendar.feed.revoked")) {
                    render();
                }
            });
            revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            HorizontalLayout row = new HorizontalLayout(url, revoke);
            row.setWidthFull();
            row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            list.add(row);
        }
        if (list.getChildren().findAny().isEmpty()) {
            Div empty = new Div(getTranslation("calendar.feed.none"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
    }

    static String baseUrl() {
        if (VaadinServletRequest.getCurrent() instanceof VaadinServletRequest vr) {
            HttpServletRequest r = vr.getHttpServletRequest();
            String port = (r.getScheme().equals("http") && r.getServerPort() == 80)
                    || (r.getScheme().equals("https") && r.getServerPort() == 443) ? "" : ":" + r.getServerPort();
            return r.getScheme() + "://" + r.getServerName() + port + r.getContextPath() + "/";
        }
        return "/";
    }
}
