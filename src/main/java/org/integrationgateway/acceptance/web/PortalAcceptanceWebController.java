package org.integrationgateway.acceptance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integrationgateway.acceptance.AcceptancePermissions;
import org.integrationgateway.acceptance.AcceptancePermissions.CustomerActor;
import org.integrationgateway.acceptance.AcceptanceRecord;
import org.integrationgateway.acceptance.AcceptanceTask;
import org.integrationgateway.acceptance.Acceptances;
import org.integrationgateway.acceptance.DefectChange;
import org.integrationgateway.acceptance.web.PortalAcceptanceForms.AcceptForm;
import org.integrationgateway.acceptance.web.PortalAcceptanceForms.RejectForm;
import org.integrationgateway.acceptance.web.PortalAcceptanceForms.StepForm;
import org.integrationgateway.sales.CustomerSales;
import org.integrationgateway.sales.OrderFacts;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.FormErrors;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's acceptance in the portal, made for a phone: the organisation's tasks (open ones first), a task with
 * the deliverable as delivered and a card per step, the accept and reject forms, and the acceptance record with its
 * hash, re-verification and the defects' one-click change requests. Only the task's assignee sees the forms; the
 * organisation's other contacts read. Forms post and redirect; a step's card saves with htmx too (the answer is the
 * page, of which the card and the progress are taken). A refusal comes back inline with its status (400, 422, 409);
 * for htmx the page answers 200 so that the card with its message is swapped in. Anything not of the contact's own
 * organisation is 404, decided by {@link Acceptances}.
 */
@Controller
@PreAuthorize("hasRole('CUSTOMER_CONTACT')")
class PortalAcceptanceWebController {

    private static final String HX_REQUEST = "HX-Request";

    private final Acceptances acceptances;
    private final AcceptancePermissions permissions;
    private final CustomerSales sales;

    PortalAcceptanceWebController(Acceptances acceptances, AcceptancePermissions permissions, CustomerSales sales) {
        this.acceptances = acceptances;
        this.permissions = permissions;
        this.sales = sales;
    }

    @GetMapping("/portal/acceptance")
    String tasks(Model model) {
        List<AcceptanceTask> tasks = acceptances.customerTasks(null);
        Map<Long, AcceptanceRecord> records = acceptances.customerRecords().stream()
                .collect(Collectors.toMap(AcceptanceRecord::getAcceptanceTask, Function.identity(), (a, b) -> a));
        List<AcceptanceTask> open = tasks.stream().filter(AcceptanceTask::isOpen)
                .sorted(Comparator.comparing(AcceptanceTask::getDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(AcceptanceTask::getId))
                .toList();
        List<AcceptanceTask> closed = tasks.stream().filter(t -> !t.isOpen())
                .sorted(Comparator.comparing(AcceptanceTask::getClosedAt,
                        Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        model.addAttribute("open", open);
        model.addAttribute("closed", closed);
        model.addAttribute("records", records);
        model.addAttribute("contactId", permissions.customer().map(CustomerActor::contactId).orElse(-1L));
        return "portal/acceptance/tasks";
    }

    @GetMapping("/portal/acceptance/tasks/{id}")
    String task(@PathVariable long id, Model model) {
        AcceptanceTask task = acceptances.task(id);
        CustomerActor customer = permissions.customer()
                .orElseThrow(() -> new NotFoundException("Acceptance task", id));
        boolean assignee = customer.contactId() == task.getAssignee();
        model.addAttribute("task", task);
        model.addAttribute("assignee", assignee);
        model.addAttribute("canWork", assignee && task.isOpen());
        model.addAttribute("deliverable", acceptances.deliverable(id).orElse(null));
        model.addAttribute("record", acceptances.recordOfTask(id).orElse(null));
        model.addAttribute("orderNumber", orderNumber(customer, task.getSalesOrder()));
        model.addAttribute("recorded", task.getSteps().stream().filter(s -> s.recorded()).count());
        model.addAttribute("oob", outOfBand(task.getSteps().size()));
        if (!model.containsAttribute("stepForm")) {
            model.addAttribute("stepForm", new StepForm());
        }
        if (!model.containsAttribute("acceptForm")) {
            model.addAttribute("acceptForm", new AcceptForm());
        }
        if (!model.containsAttribute("rejectForm")) {
            model.addAttribute("rejectForm", new RejectForm());
        }
        model.addAttribute("defectRows", ((RejectForm) model.getAttribute("rejectForm")).padded().getDefects().size());
        return "portal/acceptance/task";
    }

    @PostMapping("/portal/acceptance/tasks/{id}/steps/{n}")
    String recordStep(@PathVariable long id, @PathVariable int n, @ModelAttribute("stepForm") StepForm form,
                      BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
                      RedirectAttributes redirect) {
        form.setStep(n);
        return attempt(id, result, Map.of(), model, request, response, () -> {
            acceptances.recordStep(id, form.getVersion(), n, form.getResult(), form.getNote());
            redirect.addFlashAttribute("flash", "Step " + n + " was saved.");
            return "redirect:/portal/acceptance/tasks/" + id + "#step-card-" + n;
        });
    }

    @PostMapping("/portal/acceptance/tasks/{id}/accept")
    String accept(@PathVariable long id, @ModelAttribute("acceptForm") AcceptForm form, BindingResult result,
                  Model model, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return attempt(id, result, Map.of(), model, request, response, () -> {
            AcceptanceRecord record = acceptances.accept(id, form.getVersion(), form.getComment());
            redirect.addFlashAttribute("flash", "You accepted " + record.getDeliverableKey() + ". The acceptance "
                    + record.key() + " is recorded with its hash.");
            return "redirect:/portal/acceptance/records/" + record.getId();
        });
    }

    @PostMapping("/portal/acceptance/tasks/{id}/reject")
    String reject(@PathVariable long id, @ModelAttribute("rejectForm") RejectForm form, BindingResult result,
                  Model model, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        // the page shows the defect rows padded again (task(id, model) pads the form it finds in the model)
        return attempt(id, result, form.aliases(), model, request, response, () -> {
            AcceptanceRecord record = acceptances.reject(id, form.getVersion(), form.getComment(),
                    List.copyOf(form.filled().values()));
            redirect.addFlashAttribute("flash", "You rejected " + record.getDeliverableKey() + " with "
                    + record.getDefects().size() + (record.getDefects().size() == 1 ? " defect" : " defects")
                    + ". The rejection " + record.key() + " is recorded with its hash.");
            return "redirect:/portal/acceptance/records/" + record.getId();
        });
    }

    @GetMapping("/portal/acceptance/records/{id}")
    String record(@PathVariable long id, @RequestParam(required = false) String verify, Model model) {
        AcceptanceRecord record = acceptances.record(id);
        AcceptanceTask task = acceptances.task(record.getAcceptanceTask());
        CustomerActor customer = permissions.customer().orElseThrow(() -> new NotFoundException("Acceptance", id));
        model.addAttribute("record", record);
        model.addAttribute("task", task);
        model.addAttribute("orderNumber", orderNumber(customer, record.getSalesOrder()));
        model.addAttribute("changes", acceptances.defectChanges(id).stream()
                .collect(Collectors.toMap(DefectChange::defect, Function.identity())));
        model.addAttribute("verification", verify == null ? null : acceptances.verify(id));
        return "portal/acceptance/record";
    }

    @PostMapping("/portal/acceptance/records/{id}/defects/{n}/change-request")
    String raiseChange(@PathVariable long id, @PathVariable int n, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        try {
            DefectChange change = acceptances.raiseDefectChange(id, n);
            redirect.addFlashAttribute("flash", "Defect " + n + " was sent to the project team as change request CR-"
                    + change.changeRequestId() + ".");
            return "redirect:/portal/acceptance/records/" + id + "#defect-" + n;
        } catch (NotPermittedException | NotFoundException refused) {
            throw refused;
        } catch (DomainException refused) {
            String page = record(id, null, model);
            model.addAttribute("defectError", refused.getMessage() + " Nothing was raised.");
            model.addAttribute("defectErrorAt", n);
            response.setStatus(statusOf(refused).value());
            return page;
        }
    }

    /**
     * What a step's htmx save takes from the answer besides its own card: the progress, and the version of every other
     * form on the page (each step's, accept's, reject's), so that they post the task's new version.
     */
    static Map<Integer, String> outOfBand(int steps) {
        Map<Integer, String> oob = new java.util.HashMap<>();
        for (int n = 1; n <= steps; n++) {
            List<String> ids = new ArrayList<>(List.of("#task-progress"));
            for (int other = 1; other <= steps; other++) {
                if (other != n) {
                    ids.add("#version-step-" + other);
                }
            }
            ids.add("#version-accept");
            ids.add("#version-reject");
            oob.put(n, String.join(",", ids));
        }
        return oob;
    }

    /**
     * Runs a write of the task page's forms: its redirect on success; otherwise the task page again with the refusal
     * on the form (400 for bad input, 422 for a rule, 409 for a conflict; 200 to htmx, which swaps in the card).
     * NotFound and NotPermitted go to the error page as they are.
     */
    private String attempt(long id, BindingResult result, Map<String, String> aliases, Model model,
                           HttpServletRequest request, HttpServletResponse response,
                           java.util.function.Supplier<String> write) {
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (!result.hasErrors()) {
            try {
                return write.get();
            } catch (NotPermittedException | NotFoundException refused) {
                throw refused;
            } catch (DomainException refused) {
                status = statusOf(refused);
                showOnForm(refused, result, aliases, model);
            }
        }
        return refusedPage(id, model, request, response, status);
    }

    private String refusedPage(long id, Model model, HttpServletRequest request, HttpServletResponse response,
                               HttpStatus status) {
        String page = task(id, model);
        response.setStatus(request.getHeader(HX_REQUEST) != null ? HttpStatus.OK.value() : status.value());
        return page;
    }

    /** A conflict goes above the form and, should the form be gone (the task closed), at the top of the page. */
    private static void showOnForm(DomainException refused, BindingResult result, Map<String, String> aliases,
                                   Model model) {
        if (refused instanceof ConflictException) {
            result.reject(refused.code(), refused.getMessage() + " Nothing was saved.");
            model.addAttribute("conflict", refused.getMessage() + " Nothing was saved.");
        } else {
            FormErrors.show(refused, result, aliases);
        }
    }

    private static HttpStatus statusOf(DomainException refused) {
        if (refused instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (refused instanceof RuleViolationException) {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        }
        if (refused instanceof InvalidRequestException) {
            return HttpStatus.BAD_REQUEST;
        }
        return HttpStatus.BAD_REQUEST;
    }

    private String orderNumber(CustomerActor customer, Long orderId) {
        return orderId == null ? null
                : sales.orderFacts(customer.customerId(), orderId).map(OrderFacts::number).orElse(null);
    }
}
