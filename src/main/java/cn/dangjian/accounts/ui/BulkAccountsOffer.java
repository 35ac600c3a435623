package cn.dangjian.accounts.ui;

import cn.dangjian.common.contracts.MemberImportFollowUp;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.jspecify.annotations.NullMarked;

/** After a member import: give the new members their logins right away. */
@SpringComponent
@NullMarked
class BulkAccountsOffer implements MemberImportFollowUp {

    @Override
    public Component offer() {
        return BulkAccountsView.offer();
    }
}
