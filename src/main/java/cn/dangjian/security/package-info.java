/** Authentication, sessions, the signed-in user and their scope, roles. */
@NullMarked
package cn.dangjian.security;

import org.jspecify.annotations.NullMarked;
