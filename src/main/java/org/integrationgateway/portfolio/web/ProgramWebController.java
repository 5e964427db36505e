package org.integrationgateway.portfolio.web;

import org.integrationgateway.shared.FormErrors;
import jakarta.validation.Valid;
import java.util.Set;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.Program;
import org.integrationgateway.portfolio.ProjectFilter;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.Paging;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Program pages: everyone on the staff reads, administrators and PMO create and edit. */
@Controller
@RequestMapping("/programs")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class ProgramWebController {

    private final Portfolio portfolio;
    private final PortfolioViews views;

    ProgramWebController(Portfolio portfolio, PortfolioViews views) {
        this.portfolio = portfolio;
        this.views = views;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        Page<Program> programs = portfolio.programs(
                Paging.of(page, size, null, Set.of("code"), Sort.by("code")));
        model.addAttribute("programs", programs);
        return "portfolio/programs";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        Program program = portfolio.program(id);
        model.addAttribute("program", program);
        model.addAttribute("projects", views.projectRows(portfolio.projects(new ProjectFilter(null, id, null),
                Paging.of(page, null, null, Set.of("code"), Sort.by("code")))));
        return "portfolio/program";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    String createForm(Model model) {
        model.addAttribute("form", new ProgramForm());
        return "portfolio/program-form";
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    String create(@Valid @ModelAttribute("form") ProgramForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "portfolio/program-form";
        }
        try {
            Program program = portfolio.createProgram(form.getCode(), form.getName(), form.getDescription());
            redirect.addFlashAttribute("flash", "Program " + program.getCode() + " was created.");
            return "redirect:/programs/" + program.getId();
        } catch (DomainException refused) {
            FormErrors.show(refused, result);
            return "portfolio/program-form";
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    String editForm(@PathVariable long id, Model model) {
        Program program = portfolio.program(id);
        model.addAttribute("program", program);
        model.addAttribute("form", ProgramForm.of(program));
        return "portfolio/program-form";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") ProgramForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        model.addAttribute("program", portfolio.program(id));
        if (form.getVersion() == null) {
            result.reject("stale-version", PortfolioViews.STALE);
        }
        if (result.hasErrors()) {
            return "portfolio/program-form";
        }
        try {
            portfolio.changeProgram(id, form.getVersion(), form.getCode(), form.getName(), form.getDescription());
            redirect.addFlashAttribute("flash", "Program " + form.getCode().trim() + " was saved.");
            return "redirect:/programs/" + id;
        } catch (DomainException refused) {
            FormErrors.show(refused, result);
            return "portfolio/program-form";
        } catch (OptimisticLockingFailureException stale) {
            result.reject("stale-version", PortfolioViews.STALE);
            return "portfolio/program-form";
        }
    }
}
