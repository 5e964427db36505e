package org.integrationgateway.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.integrationgateway.insight.Measure;
import org.integrationgateway.insight.MeasureCsv;
import org.integrationgateway.insight.MeasureFilter;
import org.integrationgateway.insight.MeasureTable;
import org.integrationgateway.insight.Measures;
import org.integrationgateway.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Measures", description = "The organisation's measures behind the dual scoreboard (definitions in "
        + "docs/measures.md): bookings, acceptances, order-to-acceptance, change-cycle-times, change-approvals, "
        + "change-effects, interruptions, gate-decisions, stage-cycle-times, funnel. Filters: programId (400 when "
        + "there is no such program), from and to (ISO dates, inclusive, UTC; default the last twelve calendar months; "
        + "400 for a date that is not one, from after to, or more than 60 months). Every staff member reads; "
        + "customers get 404.")
@PreAuthorize("@insightPermissions.canRead()")
class MeasureApiController {

    private final Measures measures;

    MeasureApiController(Measures measures) {
        this.measures = measures;
    }

    /** A measure's rows under its filter. */
    record MeasureResponse(String measure, Long programId, LocalDate from, LocalDate to, List<String> columns,
                           List<Map<String, Object>> rows) {

        static MeasureResponse of(MeasureTable table) {
            return new MeasureResponse(table.measure().path(), table.filter().programId(), table.filter().from(),
                    table.filter().to(), table.columns(), table.rows());
        }
    }

    /** A measure's name and columns. */
    record MeasureDescription(String name, List<String> columns, String json, String csv) {
    }

    @GetMapping("/api/measures")
    @Operation(summary = "The measures: their names, columns and addresses")
    List<MeasureDescription> list() {
        return Arrays.stream(Measure.values()).map(m -> new MeasureDescription(m.path(), m.columns(),
                "/api/measures/" + m.path(), "/api/measures/" + m.path() + ".csv")).toList();
    }

    @GetMapping("/api/measures/{name}")
    @Operation(summary = "One measure as JSON: its columns and rows under the filter",
            description = "Periods are calendar months (YYYY-MM, UTC); a row with period all sums or summarises the "
                    + "whole period where the measure has one. 404 for an unknown measure.")
    MeasureResponse measure(@PathVariable @Parameter(schema = @Schema(allowableValues = {"bookings", "acceptances",
                                    "order-to-acceptance", "change-cycle-times", "change-approvals", "change-effects",
                                    "interruptions", "gate-decisions", "stage-cycle-times", "funnel"})) String name,
                            @RequestParam(required = false) String programId,
                            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Measure measure = measure(name);
        return MeasureResponse.of(measures.compute(measure, filter(programId, from, to)));
    }

    @GetMapping(value = "/api/measures/{name}.csv", produces = "text/csv")
    @Operation(summary = "One measure as CSV (UTF-8, RFC 4180): a header line with its columns, one line per row",
            description = "Same filters and rows as the JSON. Downloads as <name>-<from>-<to>.csv.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = "string"))))
    void csv(@PathVariable String name, @RequestParam(required = false) String programId,
             @RequestParam(required = false) String from, @RequestParam(required = false) String to,
             HttpServletResponse response) throws IOException {
        Measure measure = measure(name);
        MeasureTable table = measures.compute(measure, filter(programId, from, to));
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(measure.path() + "-" + table.filter().from() + "-" + table.filter().to() + ".csv",
                        StandardCharsets.UTF_8).build().toString());
        MeasureCsv.write(table, response.getWriter());
    }

    private MeasureFilter filter(String programId, String from, String to) {
        return MeasureFilter.parse(programId, from, to, measures.today());
    }

    private static Measure measure(String name) {
        return Measure.byPath(name).orElseThrow(() -> new NotFoundException("measure", name));
    }
}
