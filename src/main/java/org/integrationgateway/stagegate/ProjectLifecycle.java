package org.integrationgateway.stagegate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.stagegate.events.DeliverableSnapshot;
import org.integrationgateway.stagegate.events.DeliverableUpdated;
import org.integrationgateway.stagegate.events.LifecycleSnapshot;
import org.integrationgateway.stagegate.events.LifecycleStarted;
import org.integrationgateway.stagegate.events.ProjectCompleted;
import org.integrationgateway.stagegate.events.ProjectHeld;
import org.integrationgateway.stagegate.events.ProjectInterrupted;
import org.integrationgateway.stagegate.events.ProjectInterruptionEnded;
import org.integrationgateway.stagegate.events.ProjectKilled;
import org.integrationgateway.stagegate.events.ProjectResumed;
import org.integrationgateway.stagegate.events.StageEntered;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The stage-gate lifecycle of one project (keyed by the project id): the template revision it started with, its
 * current stage (0-based), its state, the status of every required deliverable and the interruptions other modules
 * recorded. State changes follow the gate decisions:
 * <ul>
 *   <li>GO: ACTIVE or ON_HOLD → next stage, ACTIVE; at the last gate → COMPLETED;</li>
 *   <li>KILL: ACTIVE or ON_HOLD → KILLED; HOLD: ACTIVE or ON_HOLD → ON_HOLD;</li>
 *   <li>RECYCLE: ACTIVE or ON_HOLD → ACTIVE in the same stage, chosen deliverables reopened.</li>
 * </ul>
 * An INTERRUPTED project takes no decision until its interruptions end; KILLED and COMPLETED are final.
 */
@Table("project_lifecycle")
public class ProjectLifecycle extends AbstractAggregateRoot<ProjectLifecycle> {

    @Id
    private Long id;
    private final long project;
    private final long processTemplate;
    private int currentStage;
    private LifecycleState state;
    private final Instant startedAt;
    private Instant endedAt;
    @MappedCollection(idColumn = "project_lifecycle")
    private Set<LifecycleDeliverable> deliverables;
    @MappedCollection(idColumn = "project_lifecycle", keyColumn = "interruption_index")
    private List<Interruption> interruptions;
    @Version
    private Long version;
    @Transient
    private ProcessTemplate template;

    @PersistenceCreator
    ProjectLifecycle(Long id, long project, long processTemplate, int currentStage, LifecycleState state,
                     Instant startedAt, Instant endedAt, Set<LifecycleDeliverable> deliverables,
                     List<Interruption> interruptions, Long version) {
        this.id = id;
        this.project = project;
        this.processTemplate = processTemplate;
        this.currentStage = currentStage;
        this.state = state;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.deliverables = new HashSet<>(deliverables);
        this.interruptions = new ArrayList<>(interruptions);
        this.version = version;
    }

    /** A lifecycle in the first stage of {@code template}, every deliverable of every stage open. */
    static ProjectLifecycle start(long projectId, ProcessTemplate template, Instant now) {
        Set<LifecycleDeliverable> deliverables = new HashSet<>();
        for (int s = 0; s < template.getStages().size(); s++) {
            for (int d = 0; d < template.getStages().get(s).getDeliverables().size(); d++) {
                deliverables.add(new LifecycleDeliverable(s, d, DeliverableStatus.OPEN, null, null));
            }
        }
        ProjectLifecycle lifecycle = new ProjectLifecycle(null, projectId, template.getId(), 0, LifecycleState.ACTIVE,
                now, null, deliverables, List.of(), null);
        lifecycle.template = template;
        lifecycle.registerEvent(new LifecycleStarted(lifecycle.snapshot()));
        return lifecycle;
    }

    /** Attaches the template revision this lifecycle refers to (loaded separately: another aggregate). */
    ProjectLifecycle with(ProcessTemplate revision) {
        if (!Objects.equals(revision.getId(), processTemplate)) {
            throw new IllegalArgumentException("Template " + revision.getId() + " is not this lifecycle's");
        }
        this.template = revision;
        return this;
    }

    /** Applies a gate decision on the current stage's gate (see the class comment for the transitions). */
    void apply(Decision decision, Collection<Integer> reopen, Instant now) {
        requireDecidable();
        LifecycleSnapshot before = snapshot();
        boolean wasHeld = state == LifecycleState.ON_HOLD;
        switch (decision) {
            case GO -> {
                if (template.isLastStage(currentStage)) {
                    state = LifecycleState.COMPLETED;
                    endedAt = now;
                    registerEvent(new ProjectCompleted(before, snapshot()));
                } else {
                    resumeIfHeld(wasHeld, before);
                    LifecycleSnapshot beforeStage = snapshot();
                    currentStage++;
                    registerEvent(new StageEntered(beforeStage, snapshot()));
                }
            }
            case KILL -> {
                state = LifecycleState.KILLED;
                endedAt = now;
                registerEvent(new ProjectKilled(before, snapshot()));
            }
            case HOLD -> {
                state = LifecycleState.ON_HOLD;
                registerEvent(new ProjectHeld(before, snapshot()));
            }
            case RECYCLE -> {
                if (reopen == null || reopen.isEmpty()) {
                    throw new RuleViolationException("recycle-without-deliverables", "reopenDeliverables",
                            "A RECYCLE reopens at least one deliverable of the stage: choose which need rework.");
                }
                int count = template.stage(currentStage).getDeliverables().size();
                for (int index : reopen) {
                    if (index < 0 || index >= count) {
                        throw new InvalidRequestException("reopenDeliverables",
                                "The stage has no deliverable " + index + ".");
                    }
                }
                resumeIfHeld(wasHeld, before);
                for (int index : Set.copyOf(reopen)) {
                    change(currentStage, index, DeliverableStatus.OPEN, deliverable(currentStage, index).link(), now);
                }
            }
        }
    }

    private void resumeIfHeld(boolean wasHeld, LifecycleSnapshot before) {
        if (wasHeld) {
            state = LifecycleState.ACTIVE;
            registerEvent(new ProjectResumed(before, snapshot()));
        }
    }

    /**
     * Refuses a decision unless the project is ACTIVE or ON_HOLD.
     *
     * @throws RuleViolationException naming the state that prevents it
     */
    void requireDecidable() {
        switch (state) {
            case ACTIVE, ON_HOLD -> {
            }
            case INTERRUPTED -> throw new RuleViolationException("project-interrupted", null,
                    "The project is interrupted (" + openInterruptions().get(0).reason()
                            + "); its gate can be decided when the interruption has ended.");
            case KILLED -> throw new RuleViolationException("project-killed", null,
                    "The project was killed; its gates can no longer be decided.");
            case COMPLETED -> throw new RuleViolationException("project-completed", null,
                    "The project is completed; it has no gate left to decide.");
        }
    }

    /** Sets the status and link of a deliverable of the current or an earlier stage. */
    void updateDeliverable(int stageIndex, int deliverableIndex, DeliverableStatus status, String link, Instant now) {
        if (state.isFinal()) {
            throw new RuleViolationException("lifecycle-ended", null,
                    "The project is " + state.name().toLowerCase() + "; its deliverables can no longer change.");
        }
        if (stageIndex > currentStage) {
            throw new RuleViolationException("future-stage", "stageIndex",
                    "Deliverables of a later stage can be worked on once the project has entered that stage.");
        }
        if (status == null) {
            throw new InvalidRequestException("status", "Choose a status.");
        }
        deliverable(stageIndex, deliverableIndex);
        change(stageIndex, deliverableIndex, status, link == null || link.isBlank() ? null : link.trim(), now);
    }

    private void change(int stageIndex, int deliverableIndex, DeliverableStatus status, String link, Instant now) {
        LifecycleDeliverable current = deliverable(stageIndex, deliverableIndex);
        if (current.status() == status && Objects.equals(current.link(), link)) {
            return;
        }
        DeliverableSnapshot before = deliverableSnapshot(current);
        deliverables.remove(current);
        LifecycleDeliverable changed = new LifecycleDeliverable(stageIndex, deliverableIndex, status, link, now);
        deliverables.add(changed);
        registerEvent(new DeliverableUpdated(before, deliverableSnapshot(changed)));
    }

    private DeliverableSnapshot deliverableSnapshot(LifecycleDeliverable d) {
        String name = template == null ? null
                : template.stage(d.stageIndex()).getDeliverables().get(d.deliverableIndex()).name();
        return new DeliverableSnapshot(project, d.stageIndex(), d.deliverableIndex(), name, d.status().name(), d.link());
    }

    public LifecycleDeliverable deliverable(int stageIndex, int deliverableIndex) {
        return deliverables.stream()
                .filter(d -> d.stageIndex() == stageIndex && d.deliverableIndex() == deliverableIndex).findFirst()
                .orElseThrow(() -> new InvalidRequestException("deliverableIndex",
                        "Stage " + stageIndex + " has no deliverable " + deliverableIndex + "."));
    }

    /** Opens an interruption (idempotent per source and reference); see {@code spi.ProjectInterruptions}. */
    boolean interrupt(String source, String reference, String reason, Instant now) {
        if (find(source, reference).isPresent()) {
            return false;
        }
        if (state != LifecycleState.ACTIVE && state != LifecycleState.INTERRUPTED) {
            throw new RuleViolationException("not-interruptible", null,
                    "Only an active project can be interrupted; this one is " + state.name().toLowerCase().replace('_', ' ') + ".");
        }
        LifecycleSnapshot before = snapshot();
        interruptions.add(new Interruption(source, reference, reason, now, null));
        state = LifecycleState.INTERRUPTED;
        registerEvent(new ProjectInterrupted(before, snapshot(), source, reference, reason, now));
        return true;
    }

    /** Ends an open interruption; the project is ACTIVE again once none is open. False if none was open. */
    boolean endInterruption(String source, String reference, Instant now) {
        Optional<Interruption> open = find(source, reference);
        if (open.isEmpty()) {
            return false;
        }
        LifecycleSnapshot before = snapshot();
        Interruption interruption = open.get();
        int index = interruptions.indexOf(interruption);
        Interruption ended = new Interruption(interruption.source(), interruption.reference(), interruption.reason(),
                interruption.startedAt(), now);
        interruptions.set(index, ended);
        if (openInterruptions().isEmpty()) {
            state = LifecycleState.ACTIVE;
        }
        registerEvent(new ProjectInterruptionEnded(before, snapshot(), source, reference, interruption.startedAt(), now,
                ended.duration(now).toSeconds()));
        return true;
    }

    private Optional<Interruption> find(String source, String reference) {
        return interruptions.stream().filter(i -> i.open() && i.is(source, reference)).findFirst();
    }

    public List<Interruption> openInterruptions() {
        return interruptions.stream().filter(Interruption::open).toList();
    }

    public LifecycleSnapshot snapshot() {
        String stageName = template == null ? null : template.stage(currentStage).getName();
        return new LifecycleSnapshot(project, processTemplate, template == null ? null : template.getCode(),
                template == null ? 0 : template.getRevision(), currentStage, stageName, state.name());
    }

    public Long getId() {
        return id;
    }

    public long getProject() {
        return project;
    }

    public long getProcessTemplate() {
        return processTemplate;
    }

    public ProcessTemplate getTemplate() {
        return template;
    }

    public int getCurrentStage() {
        return currentStage;
    }

    public LifecycleState getState() {
        return state;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Set<LifecycleDeliverable> getDeliverables() {
        return Set.copyOf(deliverables);
    }

    public List<Interruption> getInterruptions() {
        return List.copyOf(interruptions);
    }

    /** The events registered since loading, published when the aggregate is saved. */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    public Long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectLifecycle lifecycle && id != null && Objects.equals(id, lifecycle.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
