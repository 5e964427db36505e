package org.integrationgateway.sales.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.sales.Opportunity;
import org.integrationgateway.sales.OpportunityFilter;
import org.integrationgateway.sales.OpportunityQueries;
import org.integrationgateway.sales.OpportunityRow;
import org.integrationgateway.sales.OpportunityStage;
import org.integrationgateway.sales.SalesPipeline;
import org.integrationgateway.sales.SalesViewer;
import org.integrationgateway.sales.StageMove;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pipeline board: a column per open stage with count, value and weighted value per currency, cards with a small
 * form that moves them to another stage (htmx swaps the board in place; without JavaScript the form posts and the
 * board reloads), and the won and lost summaries. Moves from an opportunity's page use the same address.
 */
@Controller
@PreAuthorize("@salesPermissions.canRead()")
class PipelineWebController {

    /** At most this many open opportunities are shown on the board (the totals count all of them). */
    static final int BOARD_LIMIT = 300;

    private final SalesPipeline pipeline;
    private final OpportunityQueries queries;

    PipelineWebController(SalesPipeline pipeline, OpportunityQueries queries) {
        this.pipeline = pipeline;
        this.queries = queries;
    }

    @GetMapping("/sales/pipeline")
    @PreAuthorize("@salesPermissions.canUsePipeline()")
    String board(@RequestParam(required = false) Long ownerId, @RequestParam(required = false) Long customerId,
                 @RequestParam(required = false) Long projectId, @RequestParam(required = false) String currency,
                 Model model) {
        OpportunityFilter filter = new OpportunityFilter(ownerId, customerId, projectId, blankToNull(currency), null,
                null, null);
        model.addAttribute("filter", filter);
        model.addAttribute("owners", pipeline.salesReps());
        model.addAttribute("customers", pipeline.customerChoices());
        model.addAttribute("projects", pipeline.projectChoices());
        model.addAttribute("currencies", queries.currencies(pipeline.viewer()));
        board(filter, model);
        return "sales/pipeline";
    }

    /**
     * Moves an opportunity to {@code stage}. From the board (htmx) it answers the board with the same filters; from
     * the opportunity's page ({@code from=page}) or without JavaScript it redirects back with a message.
     */
    @PostMapping("/sales/opportunities/{id}/stage")
    String move(@PathVariable long id, @RequestParam(required = false) OpportunityStage stage,
                @RequestParam(required = false) Long version, @RequestParam(required = false) Integer probability,
                @RequestParam(required = false) String lostReason,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedClose,
                @RequestParam(required = false) String from,
                @RequestParam(required = false) Long ownerId, @RequestParam(required = false) Long customerId,
                @RequestParam(required = false) Long projectId, @RequestParam(required = false) String currency,
                HttpServletRequest request, Model model, RedirectAttributes redirect) {
        boolean htmx = request.getHeader("HX-Request") != null && !"page".equals(from);
        String message;
        String error = null;
        try {
            Opportunity moved = pipeline.move(id, version, new StageMove(stage, probability, lostReason, expectedClose));
            message = moved.key() + " " + moved.getTitle() + " is now in " + label(moved.getStage()) + ".";
        } catch (NotFoundException | NotPermittedException refused) {
            throw refused;
        } catch (DomainException refused) {
            message = null;
            error = refused.getMessage() + " Nothing was changed.";
        }
        if (htmx) {
            OpportunityFilter filter = new OpportunityFilter(ownerId, customerId, projectId, blankToNull(currency), null,
                    null, null);
            model.addAttribute("filter", filter);
            model.addAttribute("boardMessage", message);
            model.addAttribute("boardError", error);
            board(filter, model);
            return "sales/pipeline :: board";
        }
        if (error != null) {
            redirect.addFlashAttribute("flashError", error);
        } else {
            redirect.addFlashAttribute("flash", message);
        }
        if ("page".equals(from)) {
            return "redirect:/sales/opportunities/" + id;
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/sales/pipeline").queryParamIfPresent("ownerId",
                java.util.Optional.ofNullable(ownerId)).queryParamIfPresent("customerId",
                java.util.Optional.ofNullable(customerId)).queryParamIfPresent("projectId",
                java.util.Optional.ofNullable(projectId)).queryParamIfPresent("currency",
                java.util.Optional.ofNullable(blankToNull(currency))).build().toUriString();
    }

    private void board(OpportunityFilter filter, Model model) {
        SalesViewer viewer = pipeline.viewer();
        List<OpportunityRow> rows = queries.all(viewer, filter.onlyOpen(), BOARD_LIMIT);
        model.addAttribute("board", PipelineBoard.of(rows, queries.totals(viewer, filter),
                pipeline.customerNames(rows.stream().map(OpportunityRow::customerId).toList()),
                pipeline.peopleById(rows.stream().map(OpportunityRow::ownerId).toList()), viewer, pipeline.today(),
                BOARD_LIMIT));
        model.addAttribute("stages", OpportunityStage.values());
        model.addAttribute("openStages", OpportunityStage.OPEN);
    }

    static String label(OpportunityStage stage) {
        String name = stage.name().toLowerCase();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
