package cn.dangjian.security;

import cn.dangjian.common.BusinessException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one password rule of the console (ASVS 5.0 6.2): 12 to 128 characters, not a common password, not
 * the user name. No composition rules (6.2.5): length and the block list do the work. Every path that sets a
 * password (creation, reset, own change, bulk one-time passwords) asks this class.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String LIST = "/security/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Throws a {@link BusinessException} naming the first rule the password breaks. */
    public void check(String username, String password) {
        // Code points, so that a password of Chinese characters is measured as the user sees it (6.2.1).
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new BusinessException("account.passwordTooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new BusinessException("account.passwordTooLong", MAX_LENGTH);
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (!username.isBlank() && folded.contains(username.trim().toLowerCase(Locale.ROOT))) {
            throw new BusinessException("account.passwordContainsUsername");
        }
        if (isCommon(password)) {
            throw new BusinessException("account.passwordCommon");
        }
    }

    /** Case-insensitive: "Qwertyuiop123" is as guessable as "qwertyuiop123". */
    public boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    int size() {
        return common.size();
    }

    private static Set<String> load() {
        try (InputStream in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(LIST), LIST);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> set = new HashSet<>(64_000);
            reader.lines()
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .forEach(set::add);
            return Set.copyOf(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
