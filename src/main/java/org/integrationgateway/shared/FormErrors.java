package org.integrationgateway.shared;

import java.util.Map;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts a refusal of the domain back on the HTML form that caused it: next to the field the refusal names
 * ({@link DomainException#field()}, optionally renamed by {@code fieldAliases} where the form calls it differently),
 * or above the form when it names no field of that form.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void show(DomainException refusal, BindingResult form) {
        show(refusal, form, Map.of());
    }

    public static void show(DomainException refusal, BindingResult form, Map<String, String> fieldAliases) {
        String field = refusal.field() == null ? null : fieldAliases.getOrDefault(refusal.field(), refusal.field());
        show(form, field, refusal.code(), refusal.getMessage());
    }

    public static void show(BindingResult form, String field, String code, String message) {
        Object target = form.getTarget();
        if (field != null && target != null && new BeanWrapperImpl(target).isReadableProperty(field)) {
            form.rejectValue(field, code, message);
        } else {
            form.reject(code, message);
        }
    }
}
