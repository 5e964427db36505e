package org.integrationgateway.realtime.web;

import org.integrationgateway.realtime.CommentTarget;
import org.integrationgateway.realtime.CommentView;
import org.integrationgateway.realtime.DiscussionSubject;
import org.integrationgateway.realtime.Discussions;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.FormErrors;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotPermittedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The discussion of a thing as an htmx fragment that the thing's page embeds ({@code /discussions/{kind}/{id}}):
 * the thread (its latest page unless another is asked for), the form to post, and editing one's own comment in
 * place. Without htmx, posting falls back to a plain form that returns to the thing's page. Through htmx every refusal
 * of a post or an edit is shown inline in its form: rule violations and stale versions as the form (200), a refusal
 * of the person (403) as the form with its status and {@code HX-Reswap}, which {@code static/js/discussion.js} swaps.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class DiscussionWebController {

    static final int PAGE_SIZE = 50;
    private static final String HX_REQUEST = "HX-Request";
    private static final String HX_RESWAP = "HX-Reswap";

    private final Discussions discussions;

    DiscussionWebController(Discussions discussions) {
        this.discussions = discussions;
    }

    @GetMapping("/discussions/{kind}/{id}")
    String thread(@PathVariable String kind, @PathVariable long id, @RequestParam(required = false) Integer page,
                  Model model) {
        return thread(CommentTarget.of(kind, id), page, new CommentForm(), model);
    }

    @PostMapping("/discussions/{kind}/{id}/comments")
    String post(@PathVariable String kind, @PathVariable long id, @ModelAttribute("form") CommentForm form,
                BindingResult result, @RequestHeader(name = HX_REQUEST, required = false) String htmx, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        CommentTarget target = CommentTarget.of(kind, id);
        DiscussionSubject subject = discussions.subject(target);
        try {
            discussions.post(target, form.getBody());
            if (htmx == null) {
                redirect.addFlashAttribute("flash", "Your comment was posted.");
                return "redirect:" + subject.url() + "#discussion";
            }
            return thread(target, null, new CommentForm(), model);
        } catch (NotPermittedException refused) {
            if (htmx == null) {
                throw refused;
            }
            refusedInline(refused, result, response);
            return thread(target, null, form, model);
        } catch (DomainException refused) {
            if (htmx == null) {
                redirect.addFlashAttribute("flashError", refused.getMessage());
                return "redirect:" + subject.url() + "#discussion";
            }
            FormErrors.show(refused, result);
            return thread(target, null, form, model);
        }
    }

    @GetMapping("/discussions/comments/{id}")
    String comment(@PathVariable long id, Model model) {
        model.addAttribute("c", discussions.comment(id));
        return "realtime/discussion :: comment";
    }

    @GetMapping("/discussions/comments/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        CommentView comment = discussions.comment(id);
        if (!comment.mine()) {
            throw new NotPermittedException("not-author", "Only the author of a comment may edit it.");
        }
        return editForm(comment, new CommentForm(comment.body(), comment.version()), model);
    }

    @PostMapping("/discussions/comments/{id}")
    String edit(@PathVariable long id, @ModelAttribute("form") CommentForm form, BindingResult result,
                @RequestHeader(name = HX_REQUEST, required = false) String htmx, Model model,
                HttpServletResponse response) {
        try {
            model.addAttribute("c", discussions.edit(id, form.getVersion(), form.getBody()));
            return "realtime/discussion :: comment";
        } catch (NotPermittedException refused) {
            if (htmx == null) {
                throw refused;
            }
            refusedInline(refused, result, response);
        } catch (ConflictException stale) {
            result.reject(stale.code(), stale.getMessage());
        } catch (DomainException refused) {
            FormErrors.show(refused, result);
        }
        return editForm(discussions.comment(id), form, model);
    }

    /**
     * A refusal (403) of a post or edit sent with htmx: the form comes back with the text kept and the message inline,
     * still with its status; {@code HX-Reswap} tells {@code static/js/discussion.js} that this error answer is a
     * fragment to swap in (htmx does not swap error answers by itself).
     */
    private static void refusedInline(NotPermittedException refused, BindingResult result, HttpServletResponse response) {
        result.reject(refused.code(), refused.getMessage());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setHeader(HX_RESWAP, "outerHTML");
    }

    private String editForm(CommentView comment, CommentForm form, Model model) {
        model.addAttribute("c", comment);
        model.addAttribute("form", form);
        return "realtime/discussion :: edit";
    }

    private String thread(CommentTarget target, Integer page, CommentForm form, Model model) {
        DiscussionSubject subject = discussions.subject(target);
        model.addAttribute("subject", subject);
        model.addAttribute("thread", page(target, page));
        model.addAttribute("form", form);
        return "realtime/discussion :: thread";
    }

    private Page<CommentView> page(CommentTarget target, Integer page) {
        if (page != null) {
            if (page < 0) {
                throw new InvalidRequestException("page", "page must be 0 or greater.");
            }
            return discussions.thread(target, PageRequest.of(page, PAGE_SIZE));
        }
        Page<CommentView> first = discussions.thread(target, PageRequest.of(0, PAGE_SIZE));
        return first.getTotalPages() <= 1 ? first
                : discussions.thread(target, PageRequest.of(first.getTotalPages() - 1, PAGE_SIZE));
    }
}
