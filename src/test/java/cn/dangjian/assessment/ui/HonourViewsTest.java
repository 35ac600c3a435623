package cn.dangjian.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.assessment.AwardKind;
import cn.dangjian.assessment.HonourInput;
import cn.dangjian.assessment.HonourService;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.SignedIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** A member sees their honours on their own points page (我的积分); the branch page lists the branch's honours. */
@IntegrationTest
class HonourViewsTest extends SpringBrowserlessTest {

    @Autowired
    HonourService honours;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private static Optional<Component> byId(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren()
                .map(c -> byId(c, id))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static List<String> items(Component box) {
        return box.getChildren()
                .flatMap(Component::getChildren)
                .filter(ListItem.class::isInstance)
                .map(c -> ((ListItem) c).getText())
                .toList();
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void the_member_sees_the_own_honours_on_the_points_page_in_both_languages() {
        long member = jdbc.queryForObject(
                "select member_id from user_account where username = ?", Long.class, Demo.MEMBER_C08);
        LocalDate today = LocalDate.now(clock);
        UI.getCurrent().navigate("points/member");
        assertThat(byId((Component) getCurrentView(), "member-honours")).isEmpty();
        long id = SignedIn.as(
                        users,
                        Demo.ADMIN,
                        () -> honours.add(new HonourInput(
                                today.getYear() - 1, AwardKind.ROLE_MODEL, member, null, null, today, null)))
                .getId();
        try {
            UI.getCurrent().navigate("points/member/" + member);
            Div box = (Div) byId((Component) getCurrentView(), "member-honours").orElseThrow();
            assertThat(items(box))
                    .singleElement()
                    .asString()
                    .contains(String.valueOf(today.getYear() - 1))
                    .contains("身边的榜样");
            UI.getCurrent().setLocale(Locale.ENGLISH);
            UI.getCurrent().navigate("points/member");
            Div en = (Div) byId((Component) getCurrentView(), "member-honours").orElseThrow();
            assertThat(items(en)).singleElement().asString().contains("decided " + today);
        } finally {
            SignedIn.run(users, Demo.ADMIN, () -> honours.delete(id));
        }
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void the_branch_page_lists_the_branch_honours() {
        long branch = jdbc.queryForObject(
                "select branch_id from assessment_honour where branch_id is not null order by id limit 1", Long.class);
        UI.getCurrent().navigate("branches/" + branch);
        Component box = byId((Component) getCurrentView(), "branch-assessment").orElseThrow();
        assertThat(items(box)).isNotEmpty().allMatch(s -> s.contains("("));
    }
}
