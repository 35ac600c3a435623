package cn.dangjian.common.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of the start page contributed by a feature (open assignments, a member's progress, grades). A
 * Spring bean per contribution; the start page shows them in {@link #order()} after its own tiles. The
 * bean decides from the signed-in user whether it has anything to show.
 */
public interface HomeSection {

    /** Smaller first. */
    int order();

    /** The section for the signed-in user, or empty when there is nothing for them. */
    Optional<Component> create();
}
