/** The only types through which sibling features meet: messages and small directories. */
@NullMarked
package cn.dangjian.common.contracts;

import org.jspecify.annotations.NullMarked;
