package cn.dangjian.common.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of a branch's page contributed by a feature above the organisation (the brand project, the
 * assessment grade, the service record, honours). A Spring bean per contribution; the branch page shows
 * them below its own content in {@link #order()}. The bean checks access itself: the section is empty
 * ({@link Optional#empty()}) when the signed-in user may not see it.
 */
public interface BranchSection {

    /** Smaller first. */
    int order();

    /** The section for the branch, or empty when there is nothing to show this user. */
    Optional<Component> create(long branchId);
}
