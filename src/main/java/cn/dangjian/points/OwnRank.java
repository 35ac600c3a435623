package cn.dangjian.points;

import org.jspecify.annotations.Nullable;

/** The viewer's place on a leaderboard; the band only for yearly boards. */
public record OwnRank(
        int rank,
        long population,
        int net,
        int score,
        @Nullable Band band) {}
