package org.integrationgateway.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.integrationgateway.identity.SsoProviderAdministration;
import org.integrationgateway.identity.SsoProviderAdministration.SignInOption;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInWebController {

    /** Set by the sign-in throttle before it forwards a blocked attempt here. */
    static final String RETRY_AFTER_ATTRIBUTE = "org.integrationgateway.identity.SignInThrottleFilter.retryAfter";

    /** The codes a failed single sign-on returns with ({@code /login?sso=<code>}), each with its message. */
    private static final Set<String> SSO_ERRORS = Set.of("unavailable", "not-linked", "no-email",
            "email-not-verified", "no-account", "account-disabled", "denied", "failed");

    private final SsoProviderAdministration providers;

    SignInWebController(SsoProviderAdministration providers) {
        this.providers = providers;
    }

    /** The enabled single sign-on providers, offered beside the local sign-in (none while the database is away). */
    @ModelAttribute("ssoProviders")
    List<SignInOption> ssoProviders() {
        try {
            return providers.signInOptions();
        } catch (DataAccessException ex) {
            return List.of();
        }
    }

    @GetMapping("/login")
    String signIn(@RequestParam(name = "sso", required = false) String ssoError, Model model) {
        if (ssoError != null) {
            model.addAttribute("ssoError", SSO_ERRORS.contains(ssoError) ? ssoError : "failed");
        }
        return "identity/login";
    }

    /** A blocked sign-in attempt: the sign-in page again, with 429 and how long to wait. */
    @PostMapping("/login/throttled")
    String throttled(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object seconds = request.getAttribute(RETRY_AFTER_ATTRIBUTE);
        response.setStatus(429);
        model.addAttribute("retryAfter", seconds == null ? 60L : seconds);
        return "identity/login";
    }
}
