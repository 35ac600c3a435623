package cn.dangjian.common.contracts;

import com.vaadin.flow.component.Component;

/**
 * Implemented by a feature that has a next step to offer once members have been imported (accounts:
 * "create their logins now"). The organisation's import view shows each offer without knowing the
 * feature behind it, so organisation stays below accounts (decision 0010).
 */
public interface MemberImportFollowUp {

    /** A fresh component (usually a button) for one view instance. */
    Component offer();
}
