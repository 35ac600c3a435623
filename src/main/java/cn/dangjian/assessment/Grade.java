package cn.dangjian.assessment;

/** A branch's result: band, stars, place within its peer group and whether it is a 标杆支部 candidate. */
public record Grade(
        long branchId,
        PeerGroup group,
        double total,
        boolean vetoed,
        GradeBand band,
        int stars,
        int peerRank,
        boolean benchmarkCandidate) {}
