package org.integrationgateway.realtime.web;

import org.integrationgateway.realtime.DigestFrequency;
import org.integrationgateway.realtime.EmailMode;
import org.integrationgateway.realtime.Inbox;
import org.integrationgateway.realtime.NotificationSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's notification e-mail settings page. */
@Controller
@RequestMapping("/account/notifications")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class NotificationSettingsWebController {

    private final Inbox inbox;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> mailSender;

    NotificationSettingsWebController(Inbox inbox, MessageSource messages, ObjectProvider<JavaMailSender> mailSender) {
        this.inbox = inbox;
        this.messages = messages;
        this.mailSender = mailSender;
    }

    /** The settings form; both fields bind from the radio buttons. */
    public static class SettingsForm {
        private EmailMode emailMode;
        private DigestFrequency digestFrequency;

        public EmailMode getEmailMode() {
            return emailMode;
        }

        public void setEmailMode(EmailMode emailMode) {
            this.emailMode = emailMode;
        }

        public DigestFrequency getDigestFrequency() {
            return digestFrequency;
        }

        public void setDigestFrequency(DigestFrequency digestFrequency) {
            this.digestFrequency = digestFrequency;
        }
    }

    @GetMapping
    String show(Model model) {
        NotificationSettings settings = inbox.settings(InboxCaller.requirePerson(inbox));
        SettingsForm form = new SettingsForm();
        form.setEmailMode(settings.emailMode());
        form.setDigestFrequency(settings.digestFrequency());
        model.addAttribute("form", form);
        return page(model);
    }

    @PostMapping
    String save(@ModelAttribute("form") SettingsForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        long person = InboxCaller.requirePerson(inbox);
        if (result.hasErrors() || form.getEmailMode() == null || form.getDigestFrequency() == null) {
            if (form.getEmailMode() == null && !result.hasFieldErrors("emailMode")) {
                result.rejectValue("emailMode", "required", "Choose how you want to be e-mailed.");
            }
            if (form.getDigestFrequency() == null && !result.hasFieldErrors("digestFrequency")) {
                result.rejectValue("digestFrequency", "required", "Choose how often a digest may come.");
            }
            return page(model);
        }
        inbox.changeSettings(person, form.getEmailMode(), form.getDigestFrequency());
        redirect.addFlashAttribute("flash", messages.getMessage("inbox.settings.saved", null,
                LocaleContextHolder.getLocale()));
        return "redirect:/account/notifications";
    }

    private String page(Model model) {
        model.addAttribute("modes", EmailMode.values());
        model.addAttribute("frequencies", DigestFrequency.values());
        model.addAttribute("mailOff", mailSender.getIfAvailable() == null);
        return "realtime/inbox/settings";
    }
}
