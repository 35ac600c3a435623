/**
 * Views of the year plan follow-up: key tasks, assignments, the brand wall and the sections it adds elsewhere.
 */
@NullMarked
package cn.dangjian.plan.ui;

import org.jspecify.annotations.NullMarked;
