/** The organisation: departments, branches, committees, members, import; its read API for other features. */
@NullMarked
package cn.dangjian.organization;

import org.jspecify.annotations.NullMarked;
