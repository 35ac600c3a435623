package cn.dangjian.calendar;

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the pairing evidence of a held event is made of, before an edit: whether the edit must be told onwards. */
record JointChange(
        @Nullable Long pairingId,
        Set<Long> goalIds,
        @Nullable Integer externalParticipants,
        @Nullable Integer peopleServed,
        String title) {

    static JointChange of(CalendarEvent e) {
        JointFacts j = e.getJoint();
        return new JointChange(
                e.getPairingId(),
                Set.copyOf(j.getGoalIds()),
                j.getExternalParticipants(),
                j.getPeopleServed(),
                e.getTitle());
    }

    boolean changed(CalendarEvent after) {
        return !equals(of(after)) || !Objects.equals(title, after.getTitle());
    }
}
