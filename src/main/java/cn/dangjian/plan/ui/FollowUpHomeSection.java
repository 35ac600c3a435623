package cn.dangjian.plan.ui;

import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.HomeSection;
import cn.dangjian.common.ui.StatCard;
import cn.dangjian.plan.AssignmentRow;
import cn.dangjian.plan.AssignmentService;
import cn.dangjian.plan.AssignmentState;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The start page's follow-up: a secretary's open assignments (overdue first), the office's counts of open,
 * waiting-for-review and overdue assignments.
 */
@org.springframework.stereotype.Component
class FollowUpHomeSection implements HomeSection {

    private final AssignmentService assignments;
    private final CurrentUser currentUser;
    private final Clock clock;

    FollowUpHomeSection(AssignmentService assignments, CurrentUser currentUser, Clock clock) {
        this.assignments = assignments;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        AppUser user = currentUser.get().orElse(null);
        if (user == null || !(user.isAdmin() || user.isSecretary() || user.isLeader())) {
            return Optional.empty();
        }
        List<AssignmentRow> rows = assignments.assignments(LocalDate.now(clock).getYear());
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("home-follow-up");
        section.add(new H3(section.getTranslation("plan.home.title")));
        if (user.isSecretary()) {
            List<AssignmentRow> open = rows.stream()
                    .filter(r -> r.state().isOpen() && r.state() != AssignmentState.REPORTED)
                    .sorted((a, b) -> a.overdue() != b.overdue()
                            ? (a.overdue() ? -1 : 1)
                            : a.dueDate().compareTo(b.dueDate()))
                    .toList();
            if (open.isEmpty()) {
                return Optional.empty();
            }
            UnorderedList list = new UnorderedList();
            for (AssignmentRow r : open) {
                ListItem item = new ListItem(
                        r.taskTitle() + " · " + section.getTranslation("plan.task.due") + " " + r.dueDate() + " ");
                item.add(
                        r.overdue()
                                ? Badges.error(section.getTranslation("plan.overdue"))
                                : Badges.warning(section.getTranslation("plan.state." + r.state())));
                list.add(item);
            }
            section.add(list);
        } else {
            Div cards = new Div();
            cards.addClassName("cards");
            cards.add(
                    new StatCard(
                            String.valueOf(rows.stream()
                                    .filter(r -> r.state().isOpen())
                                    .count()),
                            section.getTranslation("plan.count.open")),
                    new StatCard(
                            String.valueOf(rows.stream()
                                    .filter(r -> r.state() == AssignmentState.REPORTED)
                                    .count()),
                            section.getTranslation("plan.count.reported")),
                    new StatCard(
                            String.valueOf(
                                    rows.stream().filter(AssignmentRow::overdue).count()),
                            section.getTranslation("plan.count.overdue")));
            section.add(cards);
        }
        section.add(new RouterLink(section.getTranslation("plan.nav.assignments"), AssignmentsView.class));
        return Optional.of(section);
    }
}
