package cn.dangjian.dashboard.ui;

import cn.dangjian.common.ui.StatCard;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.BranchService;
import cn.dangjian.organization.BranchSummary;
import cn.dangjian.organization.Member;
import cn.dangjian.organization.MemberService;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.NullMarked;

/** The start page: the numbers that matter for the signed-in user's scope. */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "HOME")
@PermitAll
@NullMarked
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, BranchService branches, MemberService members) {
        addClassName("view");
        AppUser user = currentUser.require();
        add(new ViewHeader(getTranslation("home.greeting", user.displayName())));
        List<BranchSummary> scope = branches.summaries();
        Div cards = new Div();
        cards.addClassName("cards");
        cards.setId("home-cards");
        if (user.isMember()) {
            members.own().ifPresent(m -> add(profile(m)));
        } else {
            long memberCount = scope.stream().mapToLong(BranchSummary::members).sum();
            long probationary = scope.stream().mapToLong(BranchSummary::probationaryMembers).sum();
            if (user.seesWholeHospital()) {
                cards.add(card(String.valueOf(scope.size()), "home.branches", "branches"));
            }
            cards.add(card(String.valueOf(memberCount), "home.members", "members"),
                    card(String.valueOf(probationary), "home.probationary", "members"),
                    card(String.valueOf(user.seesWholeHospital() ? scope.stream().filter(b -> !b.warnings().isEmpty()).count()
                            : scope.stream().mapToLong(b -> b.warnings().size()).sum()),
                            user.seesWholeHospital() ? "home.flagged" : "home.ownWarnings",
                            user.seesWholeHospital() ? "organization-health" : "branches/" + user.branchId()));
            add(cards);
            if (user.isSecretary() && user.branchId() != null) {
                add(new Anchor("branches/" + user.branchId(), getTranslation("home.ownBranch")));
            }
        }
    }

    private Div profile(Member m) {
        Div card = new Div();
        card.addClassName("card");
        card.setId("own-profile");
        card.add(new Paragraph(getTranslation("member.name") + ": " + m.getName()),
                new Paragraph(getTranslation("member.staffNumber") + ": " + m.getStaffNumber()),
                new Paragraph(getTranslation("member.branch") + ": " + m.getBranch().getName()),
                new Paragraph(getTranslation("member.department") + ": "
                        + (m.getDepartment() == null ? "—" : m.getDepartment().getName())),
                new Paragraph(getTranslation("member.status") + ": " + getTranslation("enum.MemberStatus." + m.getStatus())),
                new Paragraph(getTranslation("member.joinedDate") + ": " + m.getJoinedDate()));
        return card;
    }

    private Anchor card(String value, String labelKey, String href) {
        Anchor a = new Anchor(href);
        a.add(new StatCard(value, getTranslation(labelKey)));
        a.getStyle().set("text-decoration", "none");
        return a;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
