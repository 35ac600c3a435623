package cn.dangjian.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Bean Validation run inside services, whatever the form already checked. The first violation
 * becomes a {@link BusinessException} whose key is the constraint's message template without braces and
 * whose argument is the field's label key ({@link #fieldKey}), which the UI translates: users read
 * "内容过长：标题", never the property's code.
 */
@Component
public class Validation {

    public static final String FIELD_PREFIX = "field.";

    private final Validator validator;

    public Validation(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T bean) {
        Set<ConstraintViolation<T>> violations = validator.validate(bean);
        violations.stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw new BusinessException(
                            keyOf(v.getMessageTemplate()),
                            fieldKey(v.getPropertyPath().toString()));
                });
        return bean;
    }

    /** The label key of a property: {@code field.} and the path's last part ("goals[0].target" → field.target). */
    public static String fieldKey(String propertyPath) {
        String leaf = propertyPath.substring(propertyPath.lastIndexOf('.') + 1);
        int index = leaf.indexOf('[');
        return FIELD_PREFIX + (index < 0 ? leaf : leaf.substring(0, index));
    }

    static String keyOf(String template) {
        String t = template.trim();
        return t.startsWith("{") && t.endsWith("}") ? t.substring(1, t.length() - 1) : t;
    }
}
