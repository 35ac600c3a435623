package cn.dangjian.common.contracts;

import java.time.LocalDate;
import java.util.List;

/**
 * Published by the pairing feature's three lists when a claimed need is closed (已办结), inside the closing
 * transaction; the points feature awards its "认领并办结" rule to each claimant once. Claimants without a member (the
 * office claimed for a branch) are left out.
 */
public record NeedClosed(long needId, String title, LocalDate closedOn, List<Claimant> claimants) {

    public record Claimant(long memberId, long branchId) {}
}
