/** What every feature shares: base entity, errors, validation, time. */
@NullMarked
package cn.dangjian.common;

import org.jspecify.annotations.NullMarked;
