package cn.dangjian.calendar;

/** A photo of an event without its bytes. */
public record PhotoRef(Long id, String fileName, String contentType, long sizeBytes) {}
