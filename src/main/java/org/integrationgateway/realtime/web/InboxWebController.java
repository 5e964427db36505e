package org.integrationgateway.realtime.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.integrationgateway.realtime.Inbox;
import org.integrationgateway.realtime.Notification;
import org.integrationgateway.shared.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's inbox page, and the unread counter of the navigation bar (a fragment the layout loads, and
 * reloads on the live {@code live:inbox} event).
 */
@Controller
@RequestMapping("/inbox")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class InboxWebController {

    private final Inbox inbox;
    private final MessageSource messages;

    InboxWebController(Inbox inbox, MessageSource messages) {
        this.inbox = inbox;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Boolean unread, @RequestParam(required = false) Integer page,
                Model model) {
        boolean unreadOnly = Boolean.TRUE.equals(unread);
        PageRequest paging = Paging.of(page, null, null, Set.of(), Sort.unsorted());
        Optional<Long> person = InboxCaller.person(inbox);
        model.addAttribute("hasPerson", person.isPresent());
        model.addAttribute("unreadOnly", unreadOnly);
        model.addAttribute("notifications", person.map(id -> inbox.notifications(id, unreadOnly, paging))
                .orElseGet(() -> new PageImpl<Notification>(List.of(), paging, 0)));
        model.addAttribute("unreadCount", person.map(inbox::unreadCount).orElse(0L));
        model.addAttribute("baseUrl", unreadOnly ? "/inbox?unread=true" : "/inbox");
        return "realtime/inbox/list";
    }

    @GetMapping("/count")
    String count(Model model) {
        model.addAttribute("unreadCount", InboxCaller.person(inbox).map(inbox::unreadCount).orElse(0L));
        return "realtime/inbox/count :: badge";
    }

    /** Opens what the notification is about, marking it read. */
    @GetMapping("/{id}/open")
    String open(@PathVariable long id) {
        Notification notification = inbox.markRead(InboxCaller.requirePerson(inbox), id);
        return "redirect:" + notification.link();
    }

    @PostMapping("/{id}/read")
    String markRead(@PathVariable long id, @RequestParam(required = false) Boolean unread) {
        inbox.markRead(InboxCaller.requirePerson(inbox), id);
        return Boolean.TRUE.equals(unread) ? "redirect:/inbox?unread=true" : "redirect:/inbox";
    }

    @PostMapping("/read-all")
    String markAllRead(RedirectAttributes redirect) {
        inbox.markAllRead(InboxCaller.requirePerson(inbox));
        redirect.addFlashAttribute("flash", messages.getMessage("inbox.markedAllRead", null,
                LocaleContextHolder.getLocale()));
        return "redirect:/inbox";
    }
}
