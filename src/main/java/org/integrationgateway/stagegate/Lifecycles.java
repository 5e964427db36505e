package org.integrationgateway.stagegate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.portfolio.ProjectFilter;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.stagegate.spi.ProjectInterruptions;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Project lifecycles: starting a project on a template revision, the lifecycle view, deliverable updates, the
 * portfolio board, and the published {@link ProjectInterruptions} extension point.
 */
@Service
@Transactional(readOnly = true)
public class Lifecycles implements ProjectInterruptions {

    static final int MAX_LINK = 1000;
    static final int MAX_SOURCE = 50;
    static final int MAX_REFERENCE = 100;
    static final int MAX_REASON = 1000;

    private final ProjectLifecycles lifecycles;
    private final ProcessTemplates templates;
    private final TemplateRevisions revisions;
    private final LifecyclePositions positions;
    private final GateReviews reviews;
    private final GateDecisions decisions;
    private final Portfolio portfolio;
    private final Clock clock;

    Lifecycles(ProjectLifecycles lifecycles, ProcessTemplates templates, TemplateRevisions revisions,
               LifecyclePositions positions, GateReviews reviews, GateDecisions decisions, Portfolio portfolio, Clock clock) {
        this.lifecycles = lifecycles;
        this.templates = templates;
        this.revisions = revisions;
        this.positions = positions;
        this.reviews = reviews;
        this.decisions = decisions;
        this.portfolio = portfolio;
        this.clock = clock;
    }

    /**
     * Starts a project on a template revision (by default the latest revision of the standard template).
     *
     * @throws ConflictException if the project already has a lifecycle
     */
    @Transactional
    public ProjectLifecycle start(long projectId, Long templateId) {
        portfolio.project(projectId);
        ProcessTemplate template = templateId == null
                ? templates.findFirstByCodeOrderByRevisionDesc(TemplateCatalog.DEFAULT_CODE)
                        .orElseThrow(() -> new NotFoundException("Template", TemplateCatalog.DEFAULT_CODE))
                : revisions.find(templateId).orElseThrow(() -> new InvalidRequestException("templateId",
                        "There is no template with id " + templateId + "."));
        if (lifecycles.existsByProject(projectId)) {
            throw new ConflictException("lifecycle-started", "This project's lifecycle has already been started.");
        }
        return lifecycles.save(ProjectLifecycle.start(projectId, template, now()));
    }

    /** The lifecycle of a project with its template, or NotFound if it was not started. */
    public ProjectLifecycle lifecycle(long projectId) {
        ProjectLifecycle lifecycle = lifecycles.findByProject(projectId)
                .orElseThrow(() -> new NotFoundException("Lifecycle of project", projectId));
        return lifecycle.with(revisions.revision(lifecycle.getProcessTemplate()));
    }

    /**
     * The lifecycle of a project with its template, or empty if it was not started. Unlike {@link #lifecycle} it
     * does not throw, so callers inside a transaction can ask without marking it for rollback.
     */
    public java.util.Optional<ProjectLifecycle> find(long projectId) {
        return lifecycles.findByProject(projectId)
                .map(found -> found.with(revisions.revision(found.getProcessTemplate())));
    }

    public LifecycleView view(long projectId) {
        Project project = portfolio.project(projectId);
        var found = lifecycles.findByProject(projectId);
        if (found.isEmpty()) {
            return new LifecycleView(project, null, null, List.of(), List.of(), null, List.of());
        }
        ProjectLifecycle lifecycle = found.get().with(revisions.revision(found.get().getProcessTemplate()));
        ProcessTemplate template = lifecycle.getTemplate();
        List<LifecycleView.StageView> stages = new ArrayList<>();
        for (int s = 0; s < template.getStages().size(); s++) {
            TemplateStage stage = template.getStages().get(s);
            List<LifecycleView.DeliverableView> deliverables = new ArrayList<>();
            for (int d = 0; d < stage.getDeliverables().size(); d++) {
                LifecycleDeliverable state = lifecycle.deliverable(s, d);
                deliverables.add(new LifecycleView.DeliverableView(s, d, stage.getDeliverables().get(d).name(),
                        stage.getDeliverables().get(d).description(), state.status(), state.link()));
            }
            LifecycleView.Position position = s < lifecycle.getCurrentStage()
                    || (s == lifecycle.getCurrentStage() && lifecycle.getState() == LifecycleState.COMPLETED)
                    ? LifecycleView.Position.PASSED
                    : s == lifecycle.getCurrentStage() ? LifecycleView.Position.CURRENT : LifecycleView.Position.UPCOMING;
            stages.add(new LifecycleView.StageView(s, stage, position, deliverables));
        }
        List<GateReview> projectReviews = reviews.findByProjectOrderByScheduledOnAscIdAsc(projectId);
        Map<Long, GateReview> byId = projectReviews.stream().collect(Collectors.toMap(GateReview::getId, Function.identity()));
        List<LifecycleView.DecisionView> past = new ArrayList<>();
        for (GateDecision decision : decisions.findByProjectOrderByDecidedAtAsc(projectId)) {
            ProcessTemplate revision = decision.getProcessTemplate() == template.getId() ? template
                    : revisions.find(decision.getProcessTemplate()).orElse(template);
            TemplateStage stage = revision.stage(decision.getStageIndex());
            GateReview review = byId.get(decision.getGateReview());
            past.add(new LifecycleView.DecisionView(decision, stage.getName(), stage.getGateName(),
                    review == null ? null : review.getScheduledOn()));
        }
        GateReview next = projectReviews.stream().filter(r -> r.getState() == ReviewState.SCHEDULED)
                .min(Comparator.comparing(GateReview::getScheduledOn)).orElse(null);
        return new LifecycleView(project, lifecycle, template, stages, past, next, projectReviews);
    }

    /**
     * Sets the status and link of a deliverable; {@code version} is the lifecycle version the change is based on.
     */
    @Transactional
    public ProjectLifecycle updateDeliverable(long projectId, int stageIndex, int deliverableIndex,
                                              DeliverableStatus status, String link, long version) {
        ProjectLifecycle lifecycle = lifecycle(projectId);
        if (lifecycle.getVersion() == null || lifecycle.getVersion() != version) {
            throw ConflictException.staleVersion("The lifecycle");
        }
        if (link != null && link.length() > MAX_LINK) {
            throw new InvalidRequestException("link", "The link may have at most " + MAX_LINK + " characters.");
        }
        if (link != null && !link.isBlank() && !link.trim().matches("(?i)^(https?://|/)\\S+$")) {
            throw new InvalidRequestException("link", "The link must be an http(s) address or start with /.");
        }
        lifecycle.updateDeliverable(stageIndex, deliverableIndex, status, link, now());
        return lifecycles.save(lifecycle);
    }

    @Override
    @Transactional
    public void interrupt(long projectId, String source, String reference, String reason) {
        checkText("source", source, MAX_SOURCE);
        checkText("reference", reference, MAX_REFERENCE);
        checkText("reason", reason, MAX_REASON);
        ProjectLifecycle lifecycle = lifecycle(projectId);
        if (lifecycle.interrupt(source.trim(), reference.trim(), reason.trim(), now())) {
            lifecycles.save(lifecycle);
        }
    }

    @Override
    @Transactional
    public void resume(long projectId, String source, String reference) {
        checkText("source", source, MAX_SOURCE);
        checkText("reference", reference, MAX_REFERENCE);
        ProjectLifecycle lifecycle = lifecycle(projectId);
        if (lifecycle.endInterruption(source.trim(), reference.trim(), now())) {
            lifecycles.save(lifecycle);
        }
    }

    /**
     * The portfolio board: every project (of a program, if given) with its lifecycle, grouped by stage. Three queries
     * whatever the number of projects: the projects, the lifecycles' positions and the next gate review dates
     * (template revisions come from {@link TemplateRevisions}).
     */
    public Board board(Long programId) {
        List<Project> projects = portfolio.projects(new ProjectFilter(null, programId, null), Pageable.unpaged())
                .getContent();
        if (projects.isEmpty()) {
            return Board.of(projects, Map.of(), Map.of(), Map.of());
        }
        List<Long> ids = programId == null ? null : projects.stream().map(Project::getId).toList();
        Map<Long, LifecyclePositions.Position> byProject = positions.of(ids).stream()
                .collect(Collectors.toMap(LifecyclePositions.Position::project, Function.identity()));
        Map<Long, ProcessTemplate> templates = revisions.revisions(byProject.values().stream()
                .map(LifecyclePositions.Position::processTemplate).distinct().toList());
        return Board.of(projects, byProject, templates, positions.nextReviews(ids));
    }

    /**
     * Where the project's lifecycle stands (stage, state and template revision), read without its deliverables and
     * interruptions; empty while it has not started.
     */
    public Optional<StagePosition> position(long projectId) {
        return positions.of(projectId).map(p -> new StagePosition(p.currentStage(), p.state(),
                revisions.revision(p.processTemplate())));
    }

    private static void checkText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, field + " is required.");
        }
        if (value.length() > max) {
            throw new InvalidRequestException(field, field + " may have at most " + max + " characters.");
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
