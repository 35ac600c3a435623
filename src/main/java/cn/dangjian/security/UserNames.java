package cn.dangjian.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one comparison key for user names. The database compares {@code user_account.username} under
 * {@code utf8mb4_unicode_ci}, which ignores case, accents and character width: {@code ädmin} and
 * full-width {@code ａｄｍｉｎ} find {@code admin}. The sign-in throttle and the account lookup both use
 * this key, so no spelling the database treats as the same name can dodge a lock.
 */
public final class UserNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}]+");

    private UserNames() {}

    /**
     * NFKC (full-width and compatibility forms to their plain letters), case folded (upper then lower,
     * so {@code ß} becomes {@code ss} as the collation has it), accents stripped (NFD, combining marks
     * removed), invisible format and control characters removed, surrounding space trimmed.
     */
    public static String key(String typed) {
        String s = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = INVISIBLE.matcher(s).replaceAll("");
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }
}
