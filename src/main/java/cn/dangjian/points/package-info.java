/** Member points (党员积分): rules, the sealed ledger, submissions and approval, leaderboards, evaluation. */
@NullMarked
package cn.dangjian.points;

import org.jspecify.annotations.NullMarked;
