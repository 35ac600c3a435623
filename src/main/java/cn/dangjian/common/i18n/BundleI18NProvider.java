package cn.dangjian.common.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Merges one bundle per feature ({@code i18n/<feature>/messages.properties} in Chinese, the default,
 * and {@code messages_en.properties}) so every feature owns its texts without a shared file.
 */
@Component
public class BundleI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final Logger log = LoggerFactory.getLogger(BundleI18NProvider.class);

    private final Map<String, String> chinese;
    private final Map<String, String> english;

    public BundleI18NProvider() throws IOException {
        chinese = load("classpath*:i18n/*/messages.properties");
        english = load("classpath*:i18n/*/messages_en.properties");
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, @Nullable Locale locale, Object... params) {
        Map<String, String> texts = locale != null && "en".equals(locale.getLanguage()) ? english : chinese;
        String pattern = texts.get(key);
        if (pattern == null) {
            log.warn("Missing translation {} for {}", key, locale);
            return "!" + key;
        }
        return params.length == 0
                ? pattern
                : new MessageFormat(pattern, locale == null ? CHINESE : locale).format(params);
    }

    public boolean has(String key) {
        return chinese.containsKey(key);
    }

    private static Map<String, String> load(String pattern) throws IOException {
        Map<String, String> merged = new HashMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
            Properties props = new Properties();
            try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                props.load(reader);
            }
            for (String key : props.stringPropertyNames()) {
                String previous = merged.put(key, props.getProperty(key));
                if (previous != null) {
                    throw new IllegalStateException(
                            "Translation key " + key + " is defined twice; last in " + resource);
                }
            }
        }
        return merged;
    }
}
