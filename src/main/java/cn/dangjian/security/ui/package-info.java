/** Sign-in and own-password views. */
@NullMarked
package cn.dangjian.security.ui;

import org.jspecify.annotations.NullMarked;
