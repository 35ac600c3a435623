package cn.dangjian.calendar;

/** A feed's text and the calendar's name (the branch's or member's), which clients show and save it under. */
public record RenderedFeed(String name, String body) {}
