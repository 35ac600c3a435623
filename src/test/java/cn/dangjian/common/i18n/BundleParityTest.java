package cn.dangjian.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in Chinese and English: each feature's two bundles hold the same keys, none empty. */
class BundleParityTest {

    private static final Path ROOT = Path.of("src/main/resources/i18n");

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void chinese_and_english_bundles_have_the_same_keys_with_text() throws IOException {
        List<Path> features;
        try (Stream<Path> dirs = Files.list(ROOT)) {
            features = dirs.filter(Files::isDirectory).toList();
        }
        assertThat(features).hasSizeGreaterThanOrEqualTo(5);
        for (Path feature : features) {
            Properties zh = load(feature.resolve("messages.properties"));
            Properties en = load(feature.resolve("messages_en.properties"));
            assertThat(en.stringPropertyNames())
                    .as("English keys of %s", feature.getFileName())
                    .containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
            zh.forEach((k, v) -> assertThat(v.toString()).as("zh %s", k).isNotBlank());
            en.forEach((k, v) -> assertThat(v.toString()).as("en %s", k).isNotBlank());
        }
    }
}
