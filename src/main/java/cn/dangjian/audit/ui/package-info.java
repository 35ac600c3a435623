/** The audit log view. */
@NullMarked
package cn.dangjian.audit.ui;

import org.jspecify.annotations.NullMarked;
