/** Views of the pairings. */
@NullMarked
package cn.dangjian.pairing.ui;

import org.jspecify.annotations.NullMarked;
