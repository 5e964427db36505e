package org.integrationgateway.portfolio.web;

import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Shows a refused change next to the field it is about, or above the form when it concerns the whole form. */
final class FormErrors {

    private FormErrors() {
    }

    static void show(DomainException refusal, BindingResult form) {
        String field = null;
        if (refusal instanceof InvalidRequestException invalid) {
            field = invalid.field();
        } else if (refusal instanceof RuleViolationException rule) {
            field = rule.field();
        } else if (refusal instanceof ConflictException && "duplicate-code".equals(refusal.code())) {
            field = "code";
        }
        if (field != null && form.getTarget() != null && new BeanWrapperImpl(form.getTarget()).isReadableProperty(field)) {
            form.rejectValue(field, refusal.code(), refusal.getMessage());
        } else {
            form.reject(refusal.code(), refusal.getMessage());
        }
    }
}
