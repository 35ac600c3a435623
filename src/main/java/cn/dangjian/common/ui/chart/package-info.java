/** Chart.js charts as a server-side component. */
@NullMarked
package cn.dangjian.common.ui.chart;

import org.jspecify.annotations.NullMarked;
