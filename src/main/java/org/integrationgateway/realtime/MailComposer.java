package org.integrationgateway.realtime;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the inbox's e-mails: one urgent notification, or a digest of several. Each has a plain-text and a simple
 * HTML body (every value HTML-escaped) with absolute links made from {@code gateway.mail.base-url}; they carry
 * titles and links only, never anything secret.
 */
@Component
class MailComposer {

    private final MailSettings settings;
    private final MessageSource messages;

    MailComposer(MailSettings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    MimeMessage urgent(JavaMailSender sender, String to, String name, Notification notification) {
        String subject = text("inbox.mail.subject", notification.title());
        String intro = text("inbox.mail.greeting", name);
        return message(sender, to, subject, intro, List.of(notification));
    }

    MimeMessage digest(JavaMailSender sender, String to, String name, List<Notification> notifications, long unread) {
        String subject = text("inbox.mail.digest.subject", unread);
        String intro = text("inbox.mail.greeting", name) + " " + text("inbox.mail.digest.intro", unread);
        return message(sender, to, subject, intro, notifications);
    }

    private MimeMessage message(JavaMailSender sender, String to, String subject, String intro,
                                List<Notification> notifications) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(plain(intro, notifications), html(intro, notifications));
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not compose an e-mail to " + to, e);
        }
        return message;
    }

    private String plain(String intro, List<Notification> notifications) {
        StringBuilder body = new StringBuilder(intro).append("\n\n");
        for (Notification n : notifications) {
            body.append("- ").append(n.title()).append("\n  ").append(url(n)).append("\n");
        }
        body.append("\n").append(text("inbox.mail.footer", settings.baseUrl() + "/inbox",
                settings.baseUrl() + "/account/notifications")).append("\n");
        return body.toString();
    }

    private String html(String intro, List<Notification> notifications) {
        StringBuilder body = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family: sans-serif\"><p>")
                .append(escape(intro)).append("</p><ul>");
        for (Notification n : notifications) {
            body.append("<li><a href=\"").append(escape(url(n))).append("\">").append(escape(n.title()))
                    .append("</a></li>");
        }
        body.append("</ul><p style=\"color: #666\">").append(escape(text("inbox.mail.footer",
                settings.baseUrl() + "/inbox", settings.baseUrl() + "/account/notifications"))).append("</p></body></html>");
        return body.toString();
    }

    private String url(Notification notification) {
        return settings.baseUrl() + notification.link();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, Locale.ENGLISH);
    }
}
