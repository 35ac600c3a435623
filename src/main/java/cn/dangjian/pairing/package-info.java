/** Branch pairings (支部联建): external units, agreements, goals, evidence, health. */
@NullMarked
package cn.dangjian.pairing;

import org.jspecify.annotations.NullMarked;
