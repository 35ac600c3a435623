/**
 * The hospital's year plan follow-up (issue 9): key tasks (工作要点) with assignments followed up by the Party
 * office (督办), and one brand project per branch (一支部一品牌) with monthly results.
 */
@NullMarked
package cn.dangjian.plan;

import org.jspecify.annotations.NullMarked;
