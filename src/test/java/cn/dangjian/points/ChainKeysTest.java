package cn.dangjian.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Where the chain keys come from, and when the application refuses to start without one. */
class ChainKeysTest {

    private static final String A = "a:first-secret-of-at-least-thirty-two-chars";
    private static final String B = "b:second-secret-of-at-least-thirty-two-chars";

    private static MockEnvironment profiles(String... names) {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles(names);
        return env;
    }

    @Test
    void production_without_a_key_refuses_to_start() {
        assertThatThrownBy(() -> new ChainKeys(List.of(), "", profiles("prod")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("APP_POINTS_CHAIN_KEYS");
    }

    @Test
    void a_profile_other_than_demo_or_test_without_a_key_refuses_to_start() {
        assertThatThrownBy(() -> new ChainKeys(List.of(), "", profiles())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ChainKeys(List.of(), "", profiles("demo", "prod")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void demo_without_a_key_seals_with_the_development_key() {
        assertThat(new ChainKeys(List.of(), "", profiles("demo")).current().id())
                .isEqualTo(ChainKeys.DEV_ID);
        assertThat(new ChainKeys(List.of(), "", profiles("test")).current().id())
                .isEqualTo(ChainKeys.DEV_ID);
    }

    @Test
    void production_refuses_the_public_development_key() {
        assertThatThrownBy(() -> new ChainKeys(List.of("x:" + ChainKeys.DEV_SECRET), "x", profiles("prod")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("development key");
    }

    @Test
    void rotation_keeps_the_old_key_for_verification_and_seals_with_the_new_one() {
        ChainKeys keys = new ChainKeys(List.of(A, B), "b", profiles("prod"));
        assertThat(keys.current().id()).isEqualTo("b");
        assertThat(keys.byId("a")).isPresent();
        assertThat(keys.byId("c")).isEmpty();
    }

    @Test
    void a_single_key_is_current_without_naming_it() {
        assertThat(new ChainKeys(List.of(A), "", profiles("prod")).current().id())
                .isEqualTo("a");
    }

    @Test
    void bad_configuration_is_refused() {
        assertThatThrownBy(() -> new ChainKeys(List.of(A, B), "c", profiles("prod")))
                .hasMessageContaining("chain-key-id");
        assertThatThrownBy(() -> new ChainKeys(List.of(A, B), "", profiles("prod")))
                .hasMessageContaining("chain-key-id");
        assertThatThrownBy(() -> new ChainKeys(List.of("a:short"), "a", profiles("prod")))
                .hasMessageContaining("shorter");
        assertThatThrownBy(() -> new ChainKeys(List.of(A, A), "a", profiles("prod")))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new ChainKeys(List.of("no-secret"), "", profiles("prod")))
                .hasMessageContaining("id:secret");
    }
}
