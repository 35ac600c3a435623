package cn.dangjian.dashboard.ui;

import cn.dangjian.calendar.CalendarService;
import cn.dangjian.calendar.ComplianceService;
import cn.dangjian.calendar.ComplianceTotals;
import cn.dangjian.calendar.Reminder;
import cn.dangjian.calendar.ui.CalendarNavigation;
import cn.dangjian.common.ui.HomeSection;
import cn.dangjian.common.ui.StatCard;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.BranchService;
import cn.dangjian.organization.BranchSummary;
import cn.dangjian.organization.Member;
import cn.dangjian.organization.MemberService;
import cn.dangjian.organization.ui.OrganizationNavigation;
import cn.dangjian.pairing.PairingFilter;
import cn.dangjian.pairing.PairingHealth;
import cn.dangjian.pairing.PairingService;
import cn.dangjian.pairing.ui.PairingNavigation;
import cn.dangjian.points.ApprovalService;
import cn.dangjian.points.BoardScope;
import cn.dangjian.points.LeaderboardService;
import cn.dangjian.points.MemberPointsService;
import cn.dangjian.points.Periods;
import cn.dangjian.points.PointsFigures;
import cn.dangjian.points.ui.PointsNavigation;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The start page: the numbers that matter for the signed-in user's scope. */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "HOME")
@PermitAll
@StyleSheet("context://styles/dashboard.css")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(
            CurrentUser currentUser,
            BranchService branches,
            MemberService members,
            ComplianceService compliance,
            PairingService pairings,
            ApprovalService points,
            LeaderboardService leaderboards,
            Clock clock,
            MemberPointsService memberPoints,
            PointsFigures pointsFigures,
            CalendarService calendar,
            List<HomeSection> sections) {
        addClassName("view");
        AppUser user = currentUser.require();
        add(new ViewHeader(getTranslation("home.greeting", user.displayName())));
        List<BranchSummary> scope = branches.summaries();
        Div cards = new Div();
        cards.addClassName("cards");
        cards.setId("home-cards");
        int year = LocalDate.now(clock).getYear();
        if (user.isMember()) {
            Div own = new Div();
            own.addClassName("cards");
            own.setId("home-own");
            leaderboards
                    .ownRank(BoardScope.HOSPITAL, Periods.year(year))
                    .ifPresent(r -> own.add(
                            card(String.valueOf(r.score()), "home.ownPoints", PointsNavigation.ownPoints()),
                            card(
                                    r.band() == null ? "—" : getTranslation("enum.Band." + r.band()),
                                    "home.ownBand",
                                    PointsNavigation.ownPoints())));
            own.add(card(
                    percent(ComplianceTotals.of(compliance.heatmap(year))),
                    "home.branchOnTime",
                    CalendarNavigation.calendar()));
            addPendingPoints(own, points);
            add(own);
            Long memberId = user.memberId();
            if (memberId != null) {
                add(new MemberProgress(memberId, LocalDate.now(clock), memberPoints, pointsFigures, calendar));
            }
            members.own().ifPresent(m -> add(profile(m)));
        } else {
            long memberCount = scope.stream().mapToLong(BranchSummary::members).sum();
            long probationary =
                    scope.stream().mapToLong(BranchSummary::probationaryMembers).sum();
            if (user.seesWholeHospital()) {
                cards.add(card(String.valueOf(scope.size()), "home.branches", OrganizationNavigation.branches()));
            }
            // The hospital counts branches that need attention; a secretary counts the own branch's warnings.
            RouterLink warnings = user.seesWholeHospital()
                    ? card(
                            String.valueOf(scope.stream()
                                    .filter(b -> !b.warnings().isEmpty())
                                    .count()),
                            "home.flagged",
                            OrganizationNavigation.health())
                    : card(
                            String.valueOf(scope.stream()
                                    .mapToLong(b -> b.warnings().size())
                                    .sum()),
                            "home.ownWarnings",
                            ownBranch(user));
            cards.add(
                    card(String.valueOf(memberCount), "home.members", OrganizationNavigation.members()),
                    card(String.valueOf(probationary), "home.probationary", OrganizationNavigation.members()),
                    warnings);
            add(cards);
            add(workCards(user, year, compliance, pairings, points));
            RouterLink dashboard = user.seesWholeHospital()
                    ? new RouterLink(getTranslation("dash.open.hospital"), HospitalDashboardView.class)
                    : new RouterLink(getTranslation("dash.open.branch"), BranchDashboardView.class);
            dashboard.setId("home-dashboard");
            add(dashboard);
            if (user.isSecretary() && user.branchId() != null) {
                RouterLink own = ownBranch(user);
                own.setText(getTranslation("home.ownBranch"));
                add(own);
            }
        }
        sections.stream()
                .sorted(java.util.Comparator.comparingInt(HomeSection::order))
                .forEach(section -> section.create().ifPresent(this::add));
    }

    /** This year's work in the viewer's scope: duties, reminders, pairings, approvals. */
    private Div workCards(
            AppUser user, int year, ComplianceService compliance, PairingService pairings, ApprovalService points) {
        Div work = new Div();
        work.addClassName("cards");
        work.setId("home-work");
        ComplianceTotals totals = ComplianceTotals.of(compliance.heatmap(year));
        work.add(card(percent(totals), "home.onTimeRate", CalendarNavigation.compliance()));
        if (user.isAdmin() || user.isSecretary()) {
            List<Reminder> reminders = compliance.reminders();
            long overdue = reminders.stream().filter(Reminder::overdue).count();
            work.add(
                    card(String.valueOf(reminders.size() - overdue), "home.dueSoon", CalendarNavigation.reminders()),
                    card(String.valueOf(overdue), "home.overdue", CalendarNavigation.reminders()));
        }
        work.add(card(
                String.valueOf(pairings.count(new PairingFilter(null, null, null, PairingHealth.DORMANT))),
                "home.dormantPairings",
                PairingNavigation.pairings()));
        addPendingPoints(work, points);
        return work;
    }

    /** The points submissions waiting for the viewer, for those who decide any. */
    private void addPendingPoints(Div cards, ApprovalService points) {
        if (points.canApprove()) {
            cards.add(card(String.valueOf(points.countPending()), "home.pendingPoints", PointsNavigation.approvals()));
        }
    }

    private static String percent(ComplianceTotals totals) {
        return totals.onTimePercent() < 0 ? "—" : totals.onTimePercent() + "%";
    }

    private Div profile(Member m) {
        Div card = new Div();
        card.addClassName("card");
        card.setId("own-profile");
        card.add(
                new Paragraph(getTranslation("member.name") + ": " + m.getName()),
                new Paragraph(getTranslation("member.staffNumber") + ": " + m.getStaffNumber()),
                new Paragraph(
                        getTranslation("member.branch") + ": " + m.getBranch().getName()),
                new Paragraph(getTranslation("member.department") + ": "
                        + (m.getDepartment() == null ? "—" : m.getDepartment().getName())),
                new Paragraph(
                        getTranslation("member.status") + ": " + getTranslation("enum.MemberStatus." + m.getStatus())),
                new Paragraph(getTranslation("member.joinedDate") + ": " + m.getJoinedDate()));
        return card;
    }

    private RouterLink card(String value, String labelKey, RouterLink link) {
        link.add(new StatCard(value, getTranslation(labelKey)));
        link.getStyle().set("text-decoration", "none");
        return link;
    }

    /** A secretary's own branch; the branch list should a secretary ever have none. */
    private static RouterLink ownBranch(AppUser user) {
        Long branchId = user.branchId();
        return branchId == null ? OrganizationNavigation.branches() : OrganizationNavigation.branch(branchId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
