package cn.dangjian.common.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of a member's own points page (我的积分) contributed by a feature above points (the honours register).
 * A Spring bean per contribution, shown below the page's own content in {@link #order()}; the bean checks access
 * itself and is empty when there is nothing to show this user.
 */
public interface MemberSection {

    /** Smaller first. */
    int order();

    /** The section for the member, or empty when there is nothing to show. */
    Optional<Component> create(long memberId);
}
