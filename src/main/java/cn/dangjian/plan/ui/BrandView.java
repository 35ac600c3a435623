package cn.dangjian.plan.ui;

import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.plan.BrandInput;
import cn.dangjian.plan.BrandPage;
import cn.dangjian.plan.BrandService;
import cn.dangjian.plan.BrandState;
import cn.dangjian.plan.KeyTaskService;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** A branch's brand of this year: SWOT, targets, the twelve months; its secretary edits, the office reviews. */
@Route("plan/brands/:branchId")
@PermitAll
class BrandView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BrandService brands;
    private final KeyTaskService tasks;
    private final OrganizationDirectory organization;
    private final AppUser user;
    private final int year;
    private final YearMonth thisMonth;
    private String title = "";

    BrandView(
            BrandService brands,
            KeyTaskService tasks,
            OrganizationDirectory organization,
            CurrentUser currentUser,
            Clock clock) {
        this.brands = brands;
        this.tasks = tasks;
        this.organization = organization;
        this.user = currentUser.require();
        this.thisMonth = YearMonth.now(clock);
        this.year = thisMonth.getYear();
        addClassName("view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("branchId").orElse("-1"));
            BranchRef branch = organization.branchesById().get(id);
            if (branch == null) {
                throw new NotFoundException();
            }
            render(branch, brands.brand(id, year).orElse(null));
        } catch (RuntimeException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(BranchRef branch, @Nullable BrandPage page) {
        removeAll();
        title = branch.name();
        add(new ViewHeader(getTranslation("plan.brand.of", branch.name(), year)));
        boolean canEdit = user.isAdmin() || (user.isSecretary() && Objects.equals(user.branchId(), branch.id()));
        Runnable reload = () -> render(branch, brands.brand(branch.id(), year).orElse(null));
        Button edit = new Button(
                getTranslation(page == null ? "plan.brand.create" : "plan.brand.edit"),
                e -> BrandDialog.open(
                        this,
                        page == null ? BrandInput.empty() : page.brand(),
                        tasks.tasks(year),
                        in -> brands.save(branch.id(), year, page == null ? 0 : page.version(), in),
                        reload));
        edit.setId("brand-edit");
        edit.setVisible(canEdit);
        if (page == null) {
            add(new Paragraph(getTranslation("plan.brand.none")), edit);
            return;
        }
        BrandInput b = page.brand();
        String state = getTranslation("plan.brandState." + page.state());
        HorizontalLayout head = new HorizontalLayout(
                new H3(b.name()),
                page.state() == BrandState.APPROVED
                        ? Badges.ok(state)
                        : page.state() == BrandState.RETURNED ? Badges.error(state) : Badges.warning(state),
                edit);
        head.setAlignItems(Alignment.BASELINE);
        add(head);
        if (b.slogan() != null) {
            add(new Paragraph("“" + b.slogan() + "”"));
        }
        if (page.reviewComment() != null) {
            add(new Paragraph(getTranslation("plan.brand.comment") + "：" + page.reviewComment()));
        }
        if (page.keyTaskTitle() != null) {
            add(new Paragraph(getTranslation("plan.brand.keyTask.label") + "：" + page.keyTaskTitle()));
        }
        if (page.canReview()) {
            add(review(page, reload));
        }
        Div swot = new Div();
        swot.addClassName("cards");
        swot.add(
                BrandCards.text(this, "plan.brand.strengths", b.strengths()),
                BrandCards.text(this, "plan.brand.weaknesses", b.weaknesses()),
                BrandCards.text(this, "plan.brand.opportunities", b.opportunities()),
                BrandCards.text(this, "plan.brand.threats", b.threats()));
        add(swot, BrandCards.text(this, "plan.brand.targets", b.targets()));
        add(new Paragraph(getTranslation("plan.brand.targetsProgress", b.targetsMet(), b.targetCount())));
        add(new H3(getTranslation("plan.brand.months")), months(page, reload));
    }

    private HorizontalLayout review(BrandPage page, Runnable reload) {
        TextField comment = new TextField(getTranslation("plan.brand.comment"));
        comment.setId("brand-comment");
        comment.setMaxLength(500);
        Button approve = new Button(getTranslation("plan.action.approve"), e -> {
            if (Notifier.attempt(
                    this, () -> brands.review(page.id(), page.version(), true, comment.getValue()), "plan.saved")) {
                reload.run();
            }
        });
        approve.setId("brand-approve");
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        approve.setEnabled(page.state() != BrandState.APPROVED);
        Button back = new Button(getTranslation("plan.action.sendBack"), e -> {
            if (Notifier.attempt(
                    this, () -> brands.review(page.id(), page.version(), false, comment.getValue()), "plan.saved")) {
                reload.run();
            }
        });
        back.addThemeVariants(ButtonVariant.ERROR);
        HorizontalLayout row = new HorizontalLayout(comment, approve, back);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private Grid<Integer> months(BrandPage page, Runnable reload) {
        Map<Integer, BrandPage.MonthRow> byMonth =
                page.months().stream().collect(Collectors.toMap(BrandPage.MonthRow::month, m -> m));
        Grid<Integer> grid = new Grid<>();
        grid.setId("brand-months");
        grid.addColumn(m -> getTranslation("plan.month", m))
                .setHeader(getTranslation("plan.brand.month.label"))
                .setAutoWidth(true);
        grid.addColumn(m -> byMonth.containsKey(m) ? byMonth.get(m).result() : "")
                .setHeader(getTranslation("plan.brand.result.label"))
                .setFlexGrow(3);
        grid.addComponentColumn(m -> byMonth.containsKey(m) ? BrandCards.evidence(this, byMonth.get(m)) : new Div())
                .setHeader(getTranslation("plan.brand.evidence"))
                .setFlexGrow(2);
        grid.addColumn(m -> byMonth.containsKey(m)
                        ? Objects.requireNonNullElse(byMonth.get(m).officeComment(), "")
                        : "")
                .setHeader(getTranslation("plan.brand.officeComment"))
                .setFlexGrow(2);
        grid.addComponentColumn(m -> {
                    HorizontalLayout actions = new HorizontalLayout();
                    if (page.canEdit() && !YearMonth.of(page.year(), m).isAfter(thisMonth)) {
                        Button record = new Button(
                                getTranslation("plan.brand.record"),
                                e -> MonthDialog.open(this, brands, page, m, byMonth.get(m), reload));
                        record.setId("month-record-" + m);
                        record.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                        actions.add(record);
                    }
                    if (page.canReview() && byMonth.containsKey(m)) {
                        Button comment = new Button(
                                getTranslation("plan.brand.commentAction"),
                                e -> BrandCards.comment(this, brands, byMonth.get(m), reload));
                        comment.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                        actions.add(comment);
                    }
                    return actions;
                })
                .setAutoWidth(true);
        grid.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
