package cn.dangjian.accounts.ui;

import cn.dangjian.common.contracts.MemberImportFollowUp;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** After a member import: give the new members their logins right away. */
@SpringComponent
class BulkAccountsOffer implements MemberImportFollowUp {

    @Override
    public Component offer() {
        return BulkAccountsView.offer();
    }
}
