package cn.dangjian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInTokensTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-05-01T06:00:00Z"), ZoneOffset.UTC);
    private final SignInTokens tokens = new SignInTokens("test-secret", clock);

    @Test
    void a_token_carries_its_event_until_it_expires() {
        String t = tokens.issue(42, clock.instant().plusSeconds(60));
        assertThat(tokens.verify(t)).hasValue(42);
        assertThat(tokens.verify(tokens.issue(42, clock.instant().minusSeconds(1)))).isEmpty();
    }

    @Test
    void a_tampered_or_foreign_token_is_refused() {
        String t = tokens.issue(42, clock.instant().plusSeconds(60));
        assertThat(tokens.verify(t.replaceFirst("^42", "43"))).isEmpty();
        assertThat(tokens.verify(new SignInTokens("other-secret", clock).issue(42, clock.instant().plusSeconds(60)))).isEmpty();
        assertThat(tokens.verify("garbage")).isEmpty();
        assertThat(tokens.verify("1.x.y")).isEmpty();
    }

    @Test
    void photo_types_are_recognised_by_their_bytes() {
        assertThat(EventPhotoService.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0})).isEqualTo("image/jpeg");
        assertThat(EventPhotoService.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0})).isEqualTo("image/png");
        assertThat(EventPhotoService.sniff("GIF89a-----".getBytes())).isNull();
    }
}
