/** UI building blocks shared by the features' views, and the error pages. */
@NullMarked
package cn.dangjian.common.ui;

import org.jspecify.annotations.NullMarked;
