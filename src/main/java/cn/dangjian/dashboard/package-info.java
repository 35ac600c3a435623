/** The dashboards' figures: each feature's aggregates gathered for one screen in a few queries. */
@NullMarked
package cn.dangjian.dashboard;

import org.jspecify.annotations.NullMarked;
