package org.integrationgateway.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class SignInWebController {

    /** Set by the sign-in throttle before it forwards a blocked attempt here. */
    static final String RETRY_AFTER_ATTRIBUTE = "org.integrationgateway.identity.SignInThrottleFilter.retryAfter";

    @GetMapping("/login")
    String signIn() {
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
