package cn.dangjian.organization.ui;

import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.BranchSection;
import cn.dangjian.common.ui.Confirm;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.StatCard;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.BranchLifecycleService;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.BranchService;
import cn.dangjian.organization.BranchSummary;
import cn.dangjian.organization.CommitteeSeat;
import cn.dangjian.organization.DepartmentService;
import cn.dangjian.organization.MemberFilter;
import cn.dangjian.organization.MemberInput;
import cn.dangjian.organization.MemberService;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** One branch: counts, warnings, departments, committee and members. */
@Route("branches/:branchId")
@PermitAll
public class BranchDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BranchService branches;
    private final BranchLifecycleService lifecycle;
    private final MemberService members;
    private final DepartmentService departments;
    private final AppUser user;
    /** The application's one clock: the member form's dates may not lie in the future. */
    private final Clock clock;
    /** Parts of the page that features above the organisation contribute (brand, grade, service record). */
    private final List<BranchSection> sections;

    private String title = "";

    BranchDetailView(
            BranchService branches,
            BranchLifecycleService lifecycle,
            MemberService members,
            DepartmentService departments,
            CurrentUser currentUser,
            Clock clock,
            List<BranchSection> sections) {
        this.branches = branches;
        this.lifecycle = lifecycle;
        this.members = members;
        this.departments = departments;
        this.user = currentUser.require();
        this.clock = clock;
        this.sections = sections.stream()
                .sorted(java.util.Comparator.comparingInt(BranchSection::order))
                .toList();
        addClassName("view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        BranchSummary summary;
        try {
            summary = branches.summary(
                    Long.valueOf(event.getRouteParameters().get("branchId").orElse("-1")));
        } catch (RuntimeException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        render(summary);
    }

    /** Dissolved: a badge for everyone; serving: the administrator's 撤销支部 (decision 0020). */
    private void dissolution(BranchSummary s, HorizontalLayout header) {
        BranchRef ref = branches.refs().stream()
                .filter(b -> b.id().equals(s.id()))
                .findFirst()
                .orElse(null);
        if (ref != null && ref.dissolvedOn() != null) {
            header.add(Badges.error(getTranslation("branch.dissolved", ref.dissolvedOn())));
        } else if (user.isAdmin()) {
            Button dissolve = new Button(
                    getTranslation("branch.dissolve"),
                    VaadinIcon.BAN.create(),
                    e -> Confirm.ask(
                            this,
                            "branch.dissolveTitle",
                            getTranslation("branch.dissolveText", s.name()),
                            "branch.dissolve",
                            () -> {
                                if (Notifier.attempt(
                                        this,
                                        () -> lifecycle.dissolve(
                                                s.id(), branches.form(s.id()).version()),
                                        "branch.dissolveDone")) {
                                    reload();
                                }
                            }));
            dissolve.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            dissolve.setId("branch-dissolve");
            header.add(dissolve);
        }
    }

    private void render(BranchSummary s) {
        title = s.name();
        boolean canEdit = user.isAdmin() || (user.isSecretary() && s.id().equals(user.branchId()));
        HorizontalLayout header = new HorizontalLayout(
                new ViewHeader(s.name()), new Span(getTranslation("enum.BranchKind." + s.kind()) + " · " + s.code()));
        header.setAlignItems(Alignment.BASELINE);
        if (user.isAdmin()) {
            Button edit = new Button(
                    getTranslation("branch.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> new BranchFormDialog(branches, departments, s.id(), this::reload).open());
            header.add(edit);
        }
        dissolution(s, header);
        add(header);

        Div cards = new Div();
        cards.addClassName("cards");
        cards.add(
                card(String.valueOf(s.members()), "branch.members"),
                card(String.valueOf(s.fullMembers()), "branch.full"),
                card(String.valueOf(s.probationaryMembers()), "branch.probationary"),
                card(String.valueOf(s.committeeSeats()), "branch.committeeSeats"),
                card(s.termEnd() == null ? "—" : s.termEnd().toString(), "branch.termEnd"));
        add(cards, WarningBadges.of(this, s.warnings()));
        add(new Paragraph(
                getTranslation("branch.departments") + ": " + (s.departments().isEmpty() ? "—" : s.departments())));

        List<CommitteeSeat> committee = branches.committee(s.id());
        Grid<CommitteeSeat> seats = new Grid<>(CommitteeSeat.class, false);
        seats.setId("committee-grid");
        seats.addColumn(c -> getTranslation("enum.CommitteeRole." + c.role()))
                .setHeader(getTranslation("committee.role"));
        seats.addColumn(CommitteeSeat::memberName).setHeader(getTranslation("member.name"));
        seats.addColumn(c -> c.departmentHead()
                        ? getTranslation("member.departmentHead")
                        : c.keyStaff() ? getTranslation("member.keyStaff") : "")
                .setHeader(getTranslation("member.flags"));
        seats.setItems(committee);
        seats.setAllRowsVisible(true);
        seats.setEmptyStateText(getTranslation("committee.empty"));
        HorizontalLayout committeeHeader = new HorizontalLayout(new H3(getTranslation("committee.title")));
        committeeHeader.setAlignItems(Alignment.BASELINE);
        if (canEdit) {
            Button editCommittee = new Button(
                    getTranslation("committee.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> new CommitteeDialog(branches, members, s.id(), committee, this::reload).open());
            editCommittee.setId("committee-edit");
            committeeHeader.add(editCommittee);
        }
        add(committeeHeader, GridExport.of(seats, "committee"), seats);

        MemberGrid memberGrid = new MemberGrid(members, false);
        memberGrid.setFilter(new MemberFilter(s.id(), null, null, null));
        memberGrid.setHeight("480px");
        HorizontalLayout membersHeader = new HorizontalLayout(new H3(getTranslation("nav.members")));
        membersHeader.setAlignItems(Alignment.BASELINE);
        if (canEdit) {
            memberGrid.addItemClickListener(e -> openMember(e.getItem().id(), memberGrid));
            Button add = new Button(getTranslation("member.add"), VaadinIcon.PLUS.create(), e -> {
                new MemberFormDialog(
                                MemberInput.blank(null),
                                members,
                                branches.refs().stream()
                                        .filter(b -> b.id().equals(s.id()))
                                        .toList(),
                                departments.list(),
                                false,
                                LocalDate.now(clock),
                                memberGrid::refresh)
                        .open();
            });
            add.addThemeVariants(ButtonVariant.PRIMARY);
            membersHeader.add(add);
        }
        add(membersHeader, GridExport.of(memberGrid, "branch-members"), memberGrid);
        sections.forEach(section -> section.create(s.id()).ifPresent(this::add));
    }

    private void openMember(Long memberId, MemberGrid grid) {
        new MemberFormDialog(
                        MemberInput.of(members.get(memberId)),
                        members,
                        branches.refs(),
                        departments.list(),
                        user.isAdmin(),
                        LocalDate.now(clock),
                        grid.getDataProvider()::refreshAll)
                .open();
    }

    private void reload() {
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    private StatCard card(String value, String labelKey) {
        return new StatCard(value, getTranslation(labelKey));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
