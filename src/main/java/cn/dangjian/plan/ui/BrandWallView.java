package cn.dangjian.plan.ui;

import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.plan.BrandService;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** 品牌墙: one card per branch with this year's brand and progress (months with results, targets met). */
@Route("plan/brands")
@Menu(title = "plan.nav.brands", order = 62, icon = "STAR")
@PermitAll
class BrandWallView extends VerticalLayout implements HasDynamicTitle {

    private final BrandService brands;
    private final Select<Integer> year = new Select<>();
    private final Div wall = new Div();
    private final AppUser user;

    BrandWallView(BrandService brands, CurrentUser currentUser, Clock clock) {
        this.user = currentUser.require();
        this.brands = brands;
        addClassName("view");
        int thisYear = LocalDate.now(clock).getYear();
        year.setItems(List.of(thisYear - 1, thisYear, thisYear + 1));
        year.setValue(thisYear);
        year.setId("brand-year");
        year.addValueChangeListener(e -> refresh());
        wall.addClassName("cards");
        wall.setId("brand-wall");
        add(
                new ViewHeader(getTranslation("plan.nav.brands")),
                new Paragraph(getTranslation("plan.brand.wallNote")),
                year,
                wall);
        refresh();
    }

    private void refresh() {
        wall.removeAll();
        brands.wall(year.getValue())
                .forEach(c -> wall.add(BrandCards.wall(
                        this,
                        c,
                        user.seesWholeHospital() || Long.valueOf(c.branchId()).equals(user.branchId()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.nav.brands");
    }
}
