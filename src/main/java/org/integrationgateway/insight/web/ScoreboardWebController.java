package org.integrationgateway.insight.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.integrationgateway.insight.Measure;
import org.integrationgateway.insight.MeasureFilter;
import org.integrationgateway.insight.MeasureTable;
import org.integrationgateway.insight.Measures;
import org.integrationgateway.shared.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dual scoreboard: sales (bookings by person and month) beside projects (acceptances, first-time acceptance rate,
 * order to acceptance), then change control and gates, each with its chart (drawn by {@code scoreboard.js} from the
 * measure's JSON), its numbers as a table and a CSV link. A filter value that is not understood (a bad date, from after
 * to, an unknown program) is shown next to its field and the page shows the default period instead. Staff only.
 */
@Controller
@PreAuthorize("@insightPermissions.canRead()")
class ScoreboardWebController {

    private final Measures measures;

    ScoreboardWebController(Measures measures) {
        this.measures = measures;
    }

    @GetMapping("/scoreboard")
    String scoreboard(@RequestParam(required = false) String programId, @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        MeasureFilter filter;
        List<MeasureTable> tables;
        try {
            filter = MeasureFilter.parse(programId, from, to, measures.today());
            tables = measures.all(filter);
        } catch (InvalidRequestException invalid) {
            errors.put(invalid.field(), invalid.getMessage());
            filter = MeasureFilter.parse(null, null, null, measures.today());
            tables = measures.all(filter);
        }
        Map<String, MeasureTable> byName = new LinkedHashMap<>();
        tables.forEach(table -> byName.put(table.measure().path(), table));
        model.addAttribute("filter", filter);
        model.addAttribute("errors", errors);
        model.addAttribute("programs", measures.programs());
        model.addAttribute("tables", byName);
        model.addAttribute("sales", List.of(Measure.BOOKINGS.path()));
        model.addAttribute("projects", List.of(Measure.ACCEPTANCES.path(), Measure.ORDER_TO_ACCEPTANCE.path()));
        model.addAttribute("changes", List.of(Measure.CHANGE_APPROVALS.path(), Measure.CHANGE_CYCLE_TIMES.path(),
                Measure.CHANGE_EFFECTS.path(), Measure.INTERRUPTIONS.path()));
        model.addAttribute("gates", List.of(Measure.GATE_DECISIONS.path(), Measure.STAGE_CYCLE_TIMES.path(),
                Measure.FUNNEL.path()));
        return "insight/scoreboard";
    }
}
