package cn.dangjian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInTokensTest {

    private final SignInTokens tokens = new SignInTokens("test-secret");

    @Test
    void a_token_carries_its_event_and_the_code_generation() {
        assertThat(tokens.verify(tokens.issue(42, 0))).hasValue(new SignInTokens.Claim(42, 0));
        assertThat(tokens.verify(tokens.issue(42, 3))).hasValue(new SignInTokens.Claim(42, 3));
    }

    @Test
    void a_tampered_or_foreign_token_is_refused() {
        String t = tokens.issue(42, 0);
        assertThat(tokens.verify(t.replaceFirst("^42", "43"))).isEmpty();
        assertThat(tokens.verify(t.replaceFirst("^42\\.0", "42.1")))
                .as("a newer generation cannot be forged")
                .isEmpty();
        assertThat(tokens.verify(new SignInTokens("other-secret").issue(42, 0))).isEmpty();
        assertThat(tokens.verify("garbage")).isEmpty();
        assertThat(tokens.verify("1.x.y")).isEmpty();
    }

    @Test
    void photo_types_are_recognised_by_their_bytes() {
        assertThat(EventPhotoService.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}))
                .isEqualTo("image/jpeg");
        assertThat(EventPhotoService.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}))
                .isEqualTo("image/png");
        assertThat(EventPhotoService.sniff("GIF89a-----".getBytes())).isNull();
    }
}
