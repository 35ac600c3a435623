/** Views of the organisation. */
@NullMarked
package cn.dangjian.organization.ui;

import org.jspecify.annotations.NullMarked;
