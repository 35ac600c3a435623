package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.FeedLink;
import cn.dangjian.common.HospitalZone;
import cn.dangjian.common.ui.Buttons;
import cn.dangjian.common.ui.Confirm;
import cn.dangjian.common.ui.Notifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Subscription URLs (iCal) for the branch and for the member. The server keeps only a hash of each
 * secret, so a URL is shown once, right after it is made or renewed; each feed can be renewed or revoked.
 */
final class FeedDialog extends Dialog {

    private final CalendarUi ui;
    private final Div fresh = new Div();
    private final Div list = new Div();

    private FeedDialog(CalendarUi ui, @Nullable Long branchId) {
        this.ui = ui;
        setId("feed-dialog");
        setHeaderTitle(getTranslation("calendar.feed.title"));
        setWidth("min(720px, 100vw)");
        Paragraph carries = new Paragraph(getTranslation("calendar.feed.carries"));
        carries.setId("feed-carries");
        add(new Paragraph(getTranslation("calendar.feed.help")), carries, fresh, list);
        HorizontalLayout actions = new HorizontalLayout();
        if (branchId != null) {
            Button branchFeed = Buttons.whileWorking(
                    new Button(
                            getTranslation(
                                    "calendar.feed.newBranch",
                                    ui.branchMap().get(branchId) == null
                                            ? ""
                                            : ui.branchMap().get(branchId).name()),
                            VaadinIcon.PLUS.create()),
                    e -> show(() -> ui.feeds.createBranchFeed(branchId)));
            branchFeed.setId("feed-new-branch");
            actions.add(branchFeed);
        }
        if (ui.user().memberId() != null) {
            Button mine = Buttons.whileWorking(
                    new Button(getTranslation("calendar.feed.newMine"), VaadinIcon.PLUS.create()),
                    e -> show(ui.feeds::createMemberFeed));
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

    /** Makes or renews a feed and shows its URL this one time. */
    private void show(Supplier<FeedLink> action) {
        try {
            FeedLink link = action.get();
            fresh.removeAll();
            TextField url = new TextField(label(link));
            url.setId("feed-url");
            url.setValue(PublicUrls.base() + link.path());
            url.setReadOnly(true);
            url.setWidthFull();
            url.addClassName("feed-url");
            url.setHelperText(getTranslation("calendar.feed.shownOnce"));
            fresh.add(url);
            render();
        } catch (RuntimeException e) {
            Notifier.error(this, e);
        }
    }

    private String label(FeedLink f) {
        return f.branchId() != null
                ? getTranslation(
                        "calendar.feed.branch",
                        ui.branchMap().get(f.branchId()) == null
                                ? ""
                                : ui.branchMap().get(f.branchId()).name())
                : getTranslation("calendar.feed.mine");
    }

    private void render() {
        list.removeAll();
        for (FeedLink f : ui.feeds.myFeeds()) {
            Span name = new Span(label(f)
                    + (f.created() == null
                            ? ""
                            : " · "
                                    + getTranslation(
                                            "calendar.feed.created",
                                            f.created()
                                                    .atZone(HospitalZone.ZONE)
                                                    .toLocalDate())));
            Button rotate = Buttons.whileWorking(
                    new Button(getTranslation("calendar.feed.rotate")), e -> show(() -> ui.feeds.rotate(f.id())));
            rotate.addThemeVariants(ButtonVariant.TERTIARY);
            rotate.addClassName("feed-rotate");
            // Revoking breaks every calendar app subscribed to the address: ask first.
            Button revoke = new Button(
                    getTranslation("calendar.feed.revoke"),
                    e -> Confirm.ask(
                            this,
                            "calendar.feed.revoke",
                            getTranslation("calendar.feed.revoke.confirm", label(f)),
                            "calendar.feed.revoke",
                            () -> {
                                if (Notifier.attempt(this, () -> ui.feeds.revoke(f.id()), "calendar.feed.revoked")) {
                                    fresh.removeAll();
                                    render();
                                }
                            }));
            revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            HorizontalLayout row = new HorizontalLayout(name, rotate, revoke);
            row.setWidthFull();
            row.expand(name);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            list.add(row);
        }
        if (list.getChildren().findAny().isEmpty()) {
            Div empty = new Div(getTranslation("calendar.feed.none"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
    }
}
