/** The audit trail: who changed what, before and after, and the security events. */
@NullMarked
package cn.dangjian.audit;

import org.jspecify.annotations.NullMarked;
