/** The embedded MariaDB used when no external database is configured. */
@NullMarked
package cn.dangjian.common.db;

import org.jspecify.annotations.NullMarked;
