/** The message bundles (Chinese by default, English) and the viewer's language. */
@NullMarked
package cn.dangjian.common.i18n;

import org.jspecify.annotations.NullMarked;
