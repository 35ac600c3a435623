package cn.dangjian.calendar;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines at 75 octets of UTF-8, as RFC 5545 §3.1 asks. ical4j folds at 75 characters,
 * which makes a Chinese SUMMARY line over 130 octets long; strict clients refuse such lines. A fold never splits
 * a character's bytes: it breaks before the character that would pass the limit.
 */
final class IcalFolding {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private IcalFolding() {}

    /** Unfolds whatever folding the text has, then folds every line at 75 octets; lines end with CRLF. */
    static String refold(String ical) {
        String unfolded = ical.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder(unfolded.length() + 64);
        for (String line : unfolded.split("\r\n", -1)) {
            if (!line.isEmpty()) {
                fold(line, out);
            }
        }
        return out.toString();
    }

    private static void fold(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                // A continuation line starts with the space, which counts toward its 75 octets.
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
