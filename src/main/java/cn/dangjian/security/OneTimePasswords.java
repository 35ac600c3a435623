package cn.dangjian.security;

import java.security.SecureRandom;

/**
 * One-time passwords handed out on paper: lower-case letters and digits without the look-alikes
 * (0/o, 1/l/i), in groups of four ("k7mp-3xqa-9rtw"): 14 characters, about 59 bits from a SecureRandom.
 * Enough for a password that is valid until its first use and guarded by the sign-in throttle.
 */
public final class OneTimePasswords {

    static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    private static final int GROUPS = 3;
    private static final int GROUP_LENGTH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    public static String next() {
        StringBuilder sb = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int g = 0; g < GROUPS; g++) {
            if (g > 0) {
                sb.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return sb.toString();
    }
}
