package org.integrationgateway.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInWebController {

    @GetMapping("/login")
    String signIn() {
        return "identity/login";
    }
}
