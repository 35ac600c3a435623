/** The party-building calendar: event types, duty rules, events, attendance, QR sign-in, compliance, feeds. */
@NullMarked
package cn.dangjian.calendar;

import org.jspecify.annotations.NullMarked;
