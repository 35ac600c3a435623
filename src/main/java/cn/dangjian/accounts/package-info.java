/** Account administration: logins, roles, bulk accounts for going live, one-time password sheets. */
@NullMarked
package cn.dangjian.accounts;

import org.jspecify.annotations.NullMarked;
