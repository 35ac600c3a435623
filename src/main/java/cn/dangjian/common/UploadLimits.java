package cn.dangjian.common;

import java.io.IOException;
import java.io.InputStream;

/**
 * Hard byte limits for files users send. Uploads stop reading one byte past the limit; the services
 * that store a file check its size again, whatever the view did.
 */
public final class UploadLimits {

    private static final long MB = 1024 * 1024;

    private UploadLimits() {}

    /** The whole stream, or a refusal as soon as it passes {@code max} bytes (nothing more is read). */
    public static byte[] readAtMost(InputStream in, long max) throws IOException {
        byte[] data = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
        if (data.length > max) {
            throw tooLarge(max);
        }
        return data;
    }

    /** Refuses a file over {@code max} bytes. */
    public static void check(byte[] data, long max) {
        if (data.length > max) {
            throw tooLarge(max);
        }
    }

    /** The refusal every upload gives for an oversized file: "at most N MB". */
    public static BusinessException tooLarge(long max) {
        return new BusinessException("upload.tooLarge", megabytes(max));
    }

    /** The limit in whole megabytes as users read it (rounded up, never 0). */
    public static String megabytes(long bytes) {
        return String.valueOf(Math.max(1, (bytes + MB - 1) / MB));
    }
}
