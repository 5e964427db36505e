package org.integrationgateway.web;

import org.integrationgateway.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeWebController {

    @GetMapping("/")
    String home() {
        if (CurrentUser.get().map(CurrentUser::isCustomer).orElse(false)) {
            return "redirect:/portal";
        }
        return "redirect:/projects";
    }
}
