/** The home page: each viewer's numbers and work. */
@NullMarked
package cn.dangjian.dashboard.ui;

import org.jspecify.annotations.NullMarked;
