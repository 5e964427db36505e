package org.integrationgateway.identity.web;

import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Puts a refused request next to the form field it is about, or above the form when it names no field of it. */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult result, DomainException ex) {
        String field = ex instanceof RuleViolationException rule ? rule.field()
                : ex instanceof InvalidRequestException invalid ? invalid.field() : null;
        reject(result, field, ex.code(), ex.getMessage());
    }

    static void reject(BindingResult result, String field, String code, String message) {
        Object target = result.getTarget();
        if (field != null && target != null && new BeanWrapperImpl(target).isReadableProperty(field)) {
            result.rejectValue(field, code, message);
        } else {
            result.reject(code, message);
        }
    }
}
