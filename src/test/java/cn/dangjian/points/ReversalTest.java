package cn.dangjian.points;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.common.contracts.EventAttendanceChanged;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an event message asks of each member: the state the listener moves them to (and reverses from). */
class ReversalTest {

    private static EventAttendanceChanged msg(boolean held, Set<Long> present, Set<Long> leave, Set<Long> absent) {
        return new EventAttendanceChanged(
                1, "THEMED_DAY", 1, null, "t", LocalDate.of(2026, 3, 1), 2, false, held, present, leave, absent);
    }

    @Test
    void present_members_attend_absentees_without_leave_are_deducted_those_on_leave_neither() {
        EventAttendanceChanged e = msg(true, Set.of(1L), Set.of(2L), Set.of(3L));
        assertThat(EventPointsListener.desired(e, 1)).isEqualTo("ATTEND");
        assertThat(EventPointsListener.desired(e, 2)).isEqualTo(EventPointsListener.NONE);
        assertThat(EventPointsListener.desired(e, 3)).isEqualTo("ABSENT");
        assertThat(EventPointsListener.desired(e, 4)).isEqualTo(EventPointsListener.NONE);
    }

    @Test
    void an_event_no_longer_held_reverses_everyone() {
        EventAttendanceChanged e = msg(false, Set.of(1L), Set.of(), Set.of(3L));
        assertThat(EventPointsListener.desired(e, 1)).isEqualTo(EventPointsListener.NONE);
        assertThat(EventPointsListener.desired(e, 3)).isEqualTo(EventPointsListener.NONE);
    }

    @Test
    void a_bulk_ledger_reversal_nets_to_zero_and_leaves_the_member_at_zero() {
        List<Integer> nets = new ArrayList<>();
        BulkLedger bulk = new BulkLedger(Map.of(), new ChainKey("t", "unit-test-key"), new BulkLedger.Sink() {
            @Override
            public void entry(
                    long m,
                    long b,
                    long r,
                    int p,
                    LocalDate d,
                    String s,
                    Long si,
                    String re,
                    String rb,
                    String ab,
                    int seq,
                    String ph,
                    String h) {}

            @Override
            public void total(long memberId, int period, long branchId, int net) {
                nets.add(net);
            }

            @Override
            public void chainHead(long memberId, int seq, String lastHash) {}

            @Override
            public void histogram(long scopeId, int period, int net, int members) {}

            @Override
            public void usage(long memberId, long ruleId, int period, int points) {}
        });
        LocalDate d = LocalDate.of(2026, 3, 1);
        bulk.member(
                1,
                1,
                List.of(
                        new BulkLedger.Planned(1, 3, d, SourceType.EVENT, 5L, null, "c", "c"),
                        new BulkLedger.Planned(1, -3, d, SourceType.EVENT, 5L, "points.reason.cancelled", "c", "c")));
        assertThat(nets).containsOnly(0).hasSize(3);
    }
}
