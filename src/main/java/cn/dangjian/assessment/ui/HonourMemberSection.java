package cn.dangjian.assessment.ui;

import cn.dangjian.assessment.HonourRow;
import cn.dangjian.assessment.HonourService;
import cn.dangjian.common.ui.MemberSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Optional;

/** The member's honours (表彰) on their points page, latest year first: public decisions, readable by anyone. */
@SpringComponent
class HonourMemberSection implements MemberSection {

    private final HonourService honours;

    HonourMemberSection(HonourService honours) {
        this.honours = honours;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(long memberId) {
        List<HonourRow> rows = honours.ofMember(memberId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Div box = new Div();
        box.setId("member-honours");
        UnorderedList list = new UnorderedList();
        for (HonourRow h : rows) {
            ListItem item = new ListItem(box.getTranslation(
                    "assessment.honour.memberLine",
                    String.valueOf(h.year()),
                    box.getTranslation("enum.AwardKind." + h.award()),
                    h.decidedOn().toString()));
            item.addClassName("member-honour");
            list.add(item);
        }
        box.add(new H3(box.getTranslation("assessment.honour.title")), list);
        return Optional.of(box);
    }
}
