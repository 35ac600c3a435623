package cn.dangjian.pairing;

/** A document the user chose to attach to an agreement; checked by {@link AttachmentRules}. */
public record AttachmentUpload(String fileName, byte[] data) {}
