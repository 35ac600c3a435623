package cn.dangjian.pairing;

/** An agreement document's name, type and size, without its bytes. */
public record AttachmentInfo(String fileName, String contentType, long sizeBytes) {}
