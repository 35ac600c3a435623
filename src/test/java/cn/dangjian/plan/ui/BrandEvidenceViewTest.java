package cn.dangjian.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.common.contracts.ClosedNeeds.ClosedNeed;
import cn.dangjian.plan.BrandPage;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** A monthly result's evidence list links each closed need to where it is recorded. */
@IntegrationTest
class BrandEvidenceViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(Demo.LEADER)
    void closed_needs_are_links_to_their_pairing_or_to_the_lists() {
        LocalDate closed = LocalDate.of(2026, 3, 5);
        BrandPage.MonthRow row = new BrandPage.MonthRow(
                1,
                0,
                3,
                "成效",
                null,
                List.of(),
                List.of(
                        new ClosedNeed(41, "产后康复护理指导", closed, true, 7L),
                        new ClosedNeed(42, "院内义诊物资", closed, false, null)),
                List.of("照片.jpg"));
        Component evidence = BrandCards.evidence(new Div(), row);
        List<Anchor> links = evidence.getChildren()
                .flatMap(Component::getChildren)
                .filter(Anchor.class::isInstance)
                .map(Anchor.class::cast)
                .toList();
        assertThat(links).extracting(Anchor::getHref).containsExactly("pairings/7", "lists");
        assertThat(links.getFirst().getText()).contains("产后康复护理指导").contains("2026-03-05");
        assertThat(links.getFirst().getId()).hasValue("month-need-41");
        assertThat(links.getFirst().getElement().getAttribute("title"))
                .isEqualTo(links.getFirst().getText());
        assertThat(evidence.getElement().getTextRecursively()).contains("照片.jpg");

        BrandPage.MonthRow bare = new BrandPage.MonthRow(2, 0, 4, "成效", null, List.of(), List.of(), List.of());
        assertThat(bare.withEvidence()).isFalse();
        assertThat(BrandCards.evidence(new Div(), bare).getElement().getTextRecursively())
                .isEqualTo(new Div().getTranslation("plan.brand.noEvidence"));
    }
}
