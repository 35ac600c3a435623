/** The application: start-up, the app shell and the main layout every view sits in. */
@NullMarked
package cn.dangjian;

import org.jspecify.annotations.NullMarked;
