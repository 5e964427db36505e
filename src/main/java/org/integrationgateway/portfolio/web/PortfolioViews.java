package org.integrationgateway.portfolio.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.Program;
import org.integrationgateway.portfolio.Project;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/** Adds program and person names to pages of projects with one lookup each, never one per row. */
@Component
class PortfolioViews {

    static final String STALE = "Someone else changed this in the meantime. Reload the page and apply your change again.";
    static final int PEOPLE_IN_CHOICES = 1000;

    private final Portfolio portfolio;
    private final PersonDirectory people;

    PortfolioViews(Portfolio portfolio, PersonDirectory people) {
        this.portfolio = portfolio;
        this.people = people;
    }

    Page<ProjectRow> projectRows(Page<Project> projects) {
        Map<Long, Program> programs = portfolio.programsById(
                projects.getContent().stream().map(Project::getProgram).filter(Objects::nonNull).toList());
        Map<Long, PersonSummary> managers = people.findAll(projects.getContent().stream().map(Project::getManager).toList());
        return projects.map(project -> row(project, programs.get(project.getProgram()), managers.get(project.getManager())));
    }

    static ProjectRow row(Project project, Program program, PersonSummary manager) {
        return new ProjectRow(project.getId(), project.getCode(), project.getName(), project.getProgram(),
                program == null ? null : program.getCode(), program == null ? null : program.getName(),
                project.getManager(), manager == null ? "Person " + project.getManager() : manager.fullName(),
                project.getStatus(), project.getStartDate(), project.getEndDate(), project.getVersion());
    }

    /** The people one may choose from in forms, by name. */
    List<PersonSummary> peopleToChoose() {
        return people.search("", PEOPLE_IN_CHOICES);
    }
}
