package cn.dangjian.organization.ui;

import cn.dangjian.common.ui.Confirm;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.LinkParameters;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.BranchService;
import cn.dangjian.organization.Department;
import cn.dangjian.organization.DepartmentService;
import cn.dangjian.organization.MemberFilter;
import cn.dangjian.organization.MemberInput;
import cn.dangjian.organization.MemberRow;
import cn.dangjian.organization.MemberService;
import cn.dangjian.organization.MemberStatus;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Route("members")
@Menu(title = "nav.members", order = 12, icon = "USERS")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.LEADER})
class MembersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final MemberService members;
    private final MemberGrid grid;
    private final ComboBox<BranchRef> branch = new ComboBox<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final Select<MemberStatus> status = new Select<>();
    private final TextField text = new TextField();
    private final List<BranchRef> editableBranches;
    private final List<Department> departments;
    private final AppUser user;
    /** The application's one clock: the member form's dates may not lie in the future. */
    private final Clock clock;

    MembersView(
            MemberService members,
            BranchService branches,
            DepartmentService departmentService,
            CurrentUser currentUser,
            Clock clock) {
        this.members = members;
        this.user = currentUser.require();
        this.clock = clock;
        addClassName("view");
        setSizeFull();
        List<BranchRef> allBranches = branches.refs();
        departments = departmentService.list();
        editableBranches = user.isAdmin()
                ? allBranches
                : allBranches.stream()
                        .filter(b -> b.id().equals(user.branchId()))
                        .toList();

        grid = new MemberGrid(members, user.seesWholeHospital());
        grid.setSizeFull();
        grid.addItemClickListener(e -> {
            if (e.getClickCount() == 1 && canEdit()) {
                edit(e.getItem());
            }
        });

        branch.setPlaceholder(getTranslation("member.filter.branch"));
        branch.setItems(allBranches);
        branch.setClearButtonVisible(true);
        branch.setVisible(user.seesWholeHospital());
        branch.setId("filter-branch");
        department.setPlaceholder(getTranslation("member.filter.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(Department::getName);
        department.setClearButtonVisible(true);
        status.setPlaceholder(getTranslation("member.filter.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("member.filter.allStatuses"));
        status.setItems(MemberStatus.values());
        status.setItemLabelGenerator(s ->
                s == null ? getTranslation("member.filter.allStatuses") : getTranslation("enum.MemberStatus." + s));
        text.setPlaceholder(getTranslation("member.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("filter-text");
        branch.addValueChangeListener(e -> applyFilter());
        department.addValueChangeListener(e -> applyFilter());
        status.addValueChangeListener(e -> applyFilter());
        text.addValueChangeListener(e -> applyFilter());

        Button add = new Button(getTranslation("member.add"), VaadinIcon.PLUS.create(), e -> create());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setVisible(canEdit());
        add.setId("member-add");

        HorizontalLayout toolbar =
                new HorizontalLayout(text, branch, department, status, add, GridExport.of(grid, "members"));
        toolbar.addClassName("toolbar");
        toolbar.setWidthFull();
        add(new ViewHeader(getTranslation("nav.members")), toolbar, grid);
    }

    private boolean canEdit() {
        return user.isAdmin() || user.isSecretary();
    }

    private void applyFilter() {
        grid.setFilter(new MemberFilter(
                branch.getValue() == null ? null : branch.getValue().id(),
                department.getValue() == null ? null : department.getValue().getId(),
                status.getValue(),
                text.getValue()));
    }

    private void create() {
        new MemberFormDialog(
                        MemberInput.blank(null),
                        members,
                        editableBranches,
                        departments,
                        true,
                        LocalDate.now(clock),
                        grid::refresh)
                .open();
    }

    private void edit(MemberRow row) {
        if (!canEdit()) {
            return;
        }
        try {
            MemberInput m = MemberInput.of(members.get(row.id()));
            MemberFormDialog dialog = new MemberFormDialog(
                    m,
                    members,
                    editableBranches,
                    departments,
                    user.isAdmin(),
                    LocalDate.now(clock),
                    grid.getDataProvider()::refreshAll);
            if (user.isAdmin()) {
                Button delete = new Button(
                        getTranslation("action.delete"),
                        VaadinIcon.TRASH.create(),
                        e -> Confirm.ask(
                                this,
                                "member.delete.title",
                                getTranslation("member.delete.text", m.name()),
                                "action.delete",
                                () -> {
                                    if (Notifier.attempt(
                                            this, () -> members.delete(m.id()), "member.deleted", m.name())) {
                                        dialog.close();
                                        grid.refresh();
                                    }
                                }));
                delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
                dialog.getFooter().addComponentAsFirst(delete);
            }
            dialog.open();
        } catch (RuntimeException e) {
            Notifier.error(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.members");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Links from the dashboards: ?status=PROBATIONARY&branch=<id>.
        LinkParameters.select(event, "status", MemberStatus::valueOf, status, s -> s);
        LinkParameters.select(event, "branch", Long::valueOf, branch, BranchRef::id);
    }
}
