package cn.dangjian.organization.ui;

import cn.dangjian.common.ui.Badges;
import cn.dangjian.organization.BranchWarning;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;

/** A branch's warnings as badges; overdue terms and too few members in red. */
final class WarningBadges {

    private WarningBadges() {}

    static Component of(Component context, List<BranchWarning> warnings) {
        Div div = new Div();
        if (warnings.isEmpty()) {
            div.add(Badges.ok(context.getTranslation("branch.ok")));
        }
        for (BranchWarning w : warnings) {
            String text = context.getTranslation(w.messageKey(), w.value());
            boolean severe =
                    w.type() == BranchWarning.Type.TERM_OVERDUE || w.type() == BranchWarning.Type.TOO_FEW_FULL_MEMBERS;
            div.add(severe ? Badges.error(text) : Badges.warning(text));
        }
        return div;
    }
}
