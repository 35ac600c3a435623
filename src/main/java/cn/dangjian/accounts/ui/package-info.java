/** Views of account administration. */
@NullMarked
package cn.dangjian.accounts.ui;

import org.jspecify.annotations.NullMarked;
