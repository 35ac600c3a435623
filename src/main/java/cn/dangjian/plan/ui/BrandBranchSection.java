package cn.dangjian.plan.ui;

import cn.dangjian.common.ui.BranchSection;
import cn.dangjian.plan.BrandCard;
import cn.dangjian.plan.BrandService;
import cn.dangjian.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The branch page's 一支部一品牌: this year's brand card, linking to the brand's page. */
@org.springframework.stereotype.Component
class BrandBranchSection implements BranchSection {

    private final BrandService brands;
    private final CurrentUser currentUser;
    private final Clock clock;

    BrandBranchSection(BrandService brands, CurrentUser currentUser, Clock clock) {
        this.brands = brands;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(long branchId) {
        var user = currentUser.get().orElse(null);
        if (user == null || !(user.seesWholeHospital() || Long.valueOf(branchId).equals(user.branchId()))) {
            return Optional.empty();
        }
        Optional<BrandCard> card = brands.wall(LocalDate.now(clock).getYear()).stream()
                .filter(c -> c.branchId() == branchId)
                .findFirst();
        if (card.isEmpty()) {
            return Optional.empty();
        }
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("branch-brand");
        section.add(new H3(section.getTranslation("plan.brand.section")), BrandCards.wall(section, card.get(), true));
        return Optional.of(section);
    }
}
