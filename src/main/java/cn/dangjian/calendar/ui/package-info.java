/** Views of the calendar. */
@NullMarked
package cn.dangjian.calendar.ui;

import org.jspecify.annotations.NullMarked;
