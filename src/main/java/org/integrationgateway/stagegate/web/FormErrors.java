package org.integrationgateway.stagegate.web;

import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Shows a refused change next to the form field it names, or above the form. */
final class FormErrors {

    private FormErrors() {
    }

    static void show(DomainException refusal, BindingResult form, java.util.Map<String, String> fieldAliases) {
        String field = refusal instanceof InvalidRequestException invalid ? invalid.field()
                : refusal instanceof RuleViolationException rule ? rule.field() : null;
        if (field != null) {
            field = fieldAliases.getOrDefault(field, field);
        }
        if (field != null && form.getTarget() != null && new BeanWrapperImpl(form.getTarget()).isReadableProperty(field)) {
            form.rejectValue(field, refusal.code(), refusal.getMessage());
        } else {
            form.reject(refusal.code(), refusal.getMessage());
        }
    }
}
