/** The demo hospital, loaded on the first start of the demo profile. */
@NullMarked
package cn.dangjian.demo;

import org.jspecify.annotations.NullMarked;
