package cn.dangjian.pairing;

import cn.dangjian.common.BusinessException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Agreement documents: PDF, PNG or JPEG up to {@link #MAX_BYTES}. The type is decided by the
 * file's first bytes, and the name's extension must agree with it: a renamed file is refused.
 */
public final class AttachmentRules {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private AttachmentRules() {}

    /** The content type of an acceptable document, or a refusal. */
    public static String check(AttachmentUpload upload) {
        byte[] data = upload.data();
        if (data.length == 0) {
            throw new BusinessException("pairing.attachment.empty");
        }
        if (data.length > MAX_BYTES) {
            throw new BusinessException("pairing.attachment.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = upload.fileName().toLowerCase(Locale.ROOT);
        if (name.isBlank() || name.length() > 200) {
            throw new BusinessException("pairing.attachment.badName");
        }
        if (startsWith(data, PDF) && name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (startsWith(data, PNG) && name.endsWith(".png")) {
            return "image/png";
        }
        if (startsWith(data, JPEG) && (name.endsWith(".jpg") || name.endsWith(".jpeg"))) {
            return "image/jpeg";
        }
        throw new BusinessException("pairing.attachment.badType");
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }
}
