package org.integrationgateway.portfolio.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.portfolio.AllocationPolicy;
import org.integrationgateway.portfolio.AssignmentTerms;
import org.integrationgateway.portfolio.AssignmentView;
import org.integrationgateway.portfolio.PersonLoad;
import org.integrationgateway.portfolio.Program;
import org.integrationgateway.portfolio.ProjectDetails;
import org.integrationgateway.portfolio.ProjectOverview;
import org.integrationgateway.portfolio.ProjectRole;
import org.integrationgateway.portfolio.ProjectStaffingRule;
import org.integrationgateway.portfolio.ProjectStatus;

/** The JSON bodies of the portfolio API. {@code version} in a body is the version the change is based on. */
final class PortfolioApi {

    private PortfolioApi() {
    }

    record ProgramRequest(
            @NotBlank @Size(max = 20) @Pattern(regexp = Limits.CODE_PATTERN, message = Limits.CODE_MESSAGE) String code,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String description,
            @Schema(description = "Required when updating: the version the change is based on") Long version) {
    }

    record ProgramResponse(long id, String code, String name, String description, long version) {

        static ProgramResponse of(Program program) {
            return new ProgramResponse(program.getId(), program.getCode(), program.getName(), program.getDescription(),
                    program.getVersion());
        }
    }

    record ProjectRequest(
            @NotBlank @Size(max = 20) @Pattern(regexp = Limits.CODE_PATTERN, message = Limits.CODE_MESSAGE) String code,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String description,
            Long programId,
            @NotNull Long managerId,
            @NotNull ProjectStatus status,
            LocalDate startDate,
            LocalDate endDate,
            @Schema(description = "Required when updating: the version the change is based on") Long version) {

        ProjectDetails details() {
            return new ProjectDetails(code, name, description, programId, managerId, status, startDate, endDate);
        }
    }

    record Warning(String code, ProjectRole missingRole, String message) {

        static List<Warning> of(ProjectStaffingRule.Assessment staffing) {
            return staffing.warnings().stream().map(w -> new Warning(w.code(), w.missingRole(), w.message())).toList();
        }
    }

    record ProjectResponse(long id, String code, String name, String description, Long programId, String programCode,
                           String programName, long managerId, String managerName, ProjectStatus status,
                           LocalDate startDate, LocalDate endDate, long version, List<AssignmentResponse> matrix,
                           List<Warning> warnings) {

        static ProjectResponse of(ProjectOverview overview) {
            var project = overview.project();
            var program = overview.program();
            return new ProjectResponse(project.getId(), project.getCode(), project.getName(), project.getDescription(),
                    project.getProgram(), program == null ? null : program.getCode(),
                    program == null ? null : program.getName(), project.getManager(),
                    overview.manager() == null ? null : overview.manager().fullName(), project.getStatus(),
                    project.getStartDate(), project.getEndDate(), project.getVersion(),
                    overview.matrix().stream().map(AssignmentResponse::of).toList(), Warning.of(overview.staffing()));
        }
    }

    record AssignmentRequest(
            @Schema(description = "Required when adding; cannot be changed afterwards") Long personId,
            @NotNull ProjectRole projectRole,
            @NotNull @Min(1) @Max(100) Integer allocationPercent,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @Schema(description = "Required when updating: the version the change is based on") Long version) {

        AssignmentTerms terms() {
            return new AssignmentTerms(projectRole, allocationPercent, startDate, endDate);
        }
    }

    record AssignmentResponse(long id, long projectId, String projectCode, String projectName, long personId,
                              String personName, String departmentName, ProjectRole projectRole, int allocationPercent,
                              LocalDate startDate, LocalDate endDate, long version) {

        static AssignmentResponse of(AssignmentView view) {
            return new AssignmentResponse(view.id(), view.projectId(), view.projectCode(), view.projectName(),
                    view.personId(), view.personName(), view.departmentName(), view.projectRole(),
                    view.allocationPercent(), view.startDate(), view.endDate(), view.version());
        }
    }

    record LoadResponse(long personId, String personName, LocalDate from, LocalDate to, int peakPercent,
                        List<Segment> segments, List<Month> months) {

        record Segment(LocalDate from, LocalDate to, int percent, List<Part> assignments) {
        }

        record Part(long assignmentId, long projectId, String projectName, int allocationPercent) {
        }

        record Month(String month, int peakPercent) {
        }

        static LoadResponse of(PersonLoad load) {
            return new LoadResponse(load.personId(), load.personName(), load.from(), load.to(), load.peakPercent(),
                    load.segments().stream().map(LoadResponse::segment).toList(),
                    load.months().stream().map(m -> new Month(m.month().toString(), m.peakPercent())).toList());
        }

        private static Segment segment(AllocationPolicy.LoadSegment segment) {
            return new Segment(segment.from(), segment.to(), segment.percent(), segment.allocations().stream()
                    .map(a -> new Part(a.assignmentId(), a.projectId(), a.projectName(), a.percent())).toList());
        }
    }
}
