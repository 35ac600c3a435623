package cn.dangjian.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.common.i18n.BundleI18NProvider;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * A refusal names the field by its label, never by its code ("内容过长：name"): every property that
 * carries a constraint, and every field code a service names itself, has a label in both languages.
 */
class FieldLabelsTest {

    /** Field codes services pass to validation.* refusals themselves, outside Bean Validation. */
    private static final Set<String> SERVICE_FIELDS =
            Set.of("partnerBranchId", "externalUnitId", "note", "branch", "start", "end", "minutes", "username");

    private static Set<String> constrainedProperties() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        Set<String> properties = new TreeSet<>();
        try (LocalValidatorFactoryBean factory = new LocalValidatorFactoryBean()) {
            factory.afterPropertiesSet();
            Validator validator = factory.getValidator();
            for (var candidate : scanner.findCandidateComponents("cn.dangjian")) {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                validator
                        .getConstraintsForClass(type)
                        .getConstrainedProperties()
                        .forEach(p -> properties.add(p.getPropertyName()));
            }
        }
        return properties;
    }

    @Test
    void every_constrained_property_has_a_label_in_both_languages() throws Exception {
        BundleI18NProvider bundles = new BundleI18NProvider();
        Set<String> fields = new TreeSet<>(constrainedProperties());
        fields.addAll(SERVICE_FIELDS);
        assertThat(fields).contains("name", "title", "agreementTitle");
        Set<String> missing = new TreeSet<>();
        for (String field : fields) {
            if (!bundles.has(Validation.fieldKey(field))) {
                missing.add(field);
            }
        }
        assertThat(missing).as("fields without a label key field.<name>").isEmpty();
        assertThat(bundles.getTranslation(
                        "validation.tooLong",
                        Locale.SIMPLIFIED_CHINESE,
                        bundles.getTranslation(Validation.fieldKey("name"), Locale.SIMPLIFIED_CHINESE)))
                .isEqualTo("内容过长：名称");
    }

    @Test
    void a_property_path_becomes_the_key_of_its_last_part() {
        assertThat(Validation.fieldKey("goals[0].target")).isEqualTo("field.target");
        assertThat(Validation.fieldKey("name")).isEqualTo("field.name");
    }
}
