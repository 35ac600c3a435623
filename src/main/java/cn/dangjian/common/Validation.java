package cn.dangjian.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import org.jspecify.annotations.NullMarked;
import org.springframework.stereotype.Component;

/**
 * Bean Validation run inside services, whatever the form already checked. The first violation
 * becomes a {@link BusinessException} whose key is the constraint's message template without braces.
 */
@Component
@NullMarked
public class Validation {

    private final Validator validator;

    public Validation(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T bean) {
        Set<ConstraintViolation<T>> violations = validator.validate(bean);
        violations.stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw new BusinessException(keyOf(v.getMessageTemplate()), v.getPropertyPath().toString());
                });
        return bean;
    }

    static String keyOf(String template) {
        String t = template.trim();
        return t.startsWith("{") && t.endsWith("}") ? t.substring(1, t.length() - 1) : t;
    }
}
