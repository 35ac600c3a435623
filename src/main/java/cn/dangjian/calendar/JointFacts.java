package cn.dangjian.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What makes an event joint (联建): the other internal branches that are parties to it (decided by the pairing
 * feature when the event is saved or linked, never by the form), the pairing goals it serves, and the people of
 * external units who took part or were served, whom the console cannot list by name.
 */
@Embeddable
public class JointFacts {

    /** The largest head count accepted (checked by the service): a typo of extra digits is refused, not summed. */
    public static final int MAX_PEOPLE = 100_000;

    @ElementCollection
    @CollectionTable(name = "cal_event_party", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "branch_id")
    private Set<Long> partnerBranchIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "cal_event_goal", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "goal_id")
    private Set<Long> goalIds = new LinkedHashSet<>();

    @Column(name = "external_participants")
    private @Nullable Integer externalParticipants;

    @Column(name = "people_served")
    private @Nullable Integer peopleServed;

    public Set<Long> getPartnerBranchIds() {
        return partnerBranchIds;
    }

    void setPartnerBranchIds(Set<Long> ids) {
        if (!partnerBranchIds.equals(ids)) {
            partnerBranchIds.clear();
            partnerBranchIds.addAll(ids);
        }
    }

    public Set<Long> getGoalIds() {
        return goalIds;
    }

    void setGoalIds(Set<Long> ids) {
        if (!goalIds.equals(ids)) {
            goalIds.clear();
            goalIds.addAll(ids);
        }
    }

    public @Nullable Integer getExternalParticipants() {
        return externalParticipants;
    }

    void setExternalParticipants(@Nullable Integer externalParticipants) {
        this.externalParticipants = externalParticipants;
    }

    public @Nullable Integer getPeopleServed() {
        return peopleServed;
    }

    void setPeopleServed(@Nullable Integer peopleServed) {
        this.peopleServed = peopleServed;
    }
}
