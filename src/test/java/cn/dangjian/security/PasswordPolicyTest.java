package cn.dangjian.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    static final PasswordPolicy POLICY = new PasswordPolicy();

    @Test
    void passwords_shorter_than_twelve_or_longer_than_128_are_refused() {
        assertThatThrownBy(() -> POLICY.check("leader", "k7mp3xqa9rt"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("passwordTooShort");
        assertThatCode(() -> POLICY.check("leader", "k7mp3xqa9rtw")).doesNotThrowAnyException();
        assertThatCode(() -> POLICY.check("leader", "k".repeat(127) + "7")).doesNotThrowAnyException();
        assertThatThrownBy(() -> POLICY.check("leader", "k".repeat(128) + "7"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("passwordTooLong");
    }

    @Test
    void length_counts_characters_as_the_user_sees_them() {
        // Twelve Chinese characters pass; six characters outside the BMP (12 chars in UTF-16) do not.
        assertThatCode(() -> POLICY.check("leader", "支部建在科室上党员积分可信")).doesNotThrowAnyException();
        assertThatThrownBy(() -> POLICY.check("leader", "😀😀😀😀😀😀")).hasMessageContaining("passwordTooShort");
    }

    @Test
    void common_passwords_from_the_bundled_list_are_refused_whatever_the_case() {
        assertThat(POLICY.size()).as("the bundled list").isGreaterThan(40_000);
        for (String common : new String[] {"1qaz2wsx3edc", "qwertyqwerty", "QwertyQwerty", "123456654321"}) {
            assertThatThrownBy(() -> POLICY.check("leader", common))
                    .as(common)
                    .isInstanceOf(BusinessException.class)
                    .hasMessageContaining("passwordCommon");
        }
    }

    @Test
    void a_password_containing_the_user_name_is_refused() {
        assertThatThrownBy(() -> POLICY.check("sec-c08", "my-SEC-C08-password"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("passwordContainsUsername");
    }

    @Test
    void no_composition_rules_a_long_lower_case_phrase_is_fine() {
        assertThatCode(() -> POLICY.check("leader", "correct horse battery staple"))
                .doesNotThrowAnyException();
        assertThatCode(() -> POLICY.check("leader", "mypatientscomefirst")).doesNotThrowAnyException();
    }

    @Test
    void one_time_passwords_meet_the_policy_and_use_the_readable_alphabet() {
        for (int i = 0; i < 1000; i++) {
            String otp = OneTimePasswords.next();
            assertThat(otp)
                    .matches("[" + OneTimePasswords.ALPHABET + "]{4}(-[" + OneTimePasswords.ALPHABET + "]{4}){2}");
            assertThatCode(() -> POLICY.check("p001234", otp)).doesNotThrowAnyException();
        }
    }
}
