/** Views of the points. */
@NullMarked
package cn.dangjian.points.ui;

import org.jspecify.annotations.NullMarked;
