package org.integrationgateway.stagegate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One immutable revision of a process template: ordered stages, each closed by a gate, and the decision rule of its
 * gates. Templates are identified by {@code code}; editing one stores revision n+1, and a project lifecycle refers to
 * the revision (id) it started with, so editing never changes running projects.
 */
@Table("process_template")
public class ProcessTemplate {

    public static final int MAX_STAGES = 12;
    public static final int MAX_CRITERIA = 15;
    public static final int MAX_DELIVERABLES = 15;

    @Id
    private Long id;
    private final String code;
    private final int revision;
    private final String name;
    private final String description;
    private final DecisionRule decisionRule;
    private final Instant createdAt;
    @MappedCollection(idColumn = "process_template", keyColumn = "stage_index")
    private List<TemplateStage> stages;

    @PersistenceCreator
    ProcessTemplate(Long id, String code, int revision, String name, String description, DecisionRule decisionRule,
                    Instant createdAt, List<TemplateStage> stages) {
        this.id = id;
        this.code = code;
        this.revision = revision;
        this.name = name;
        this.description = description;
        this.decisionRule = decisionRule;
        this.createdAt = createdAt;
        this.stages = List.copyOf(stages);
    }

    /** Revision {@code revision} of template {@code code} with the given content, checked by {@link #check}. */
    static ProcessTemplate revision(String code, int revision, TemplateDefinition definition, Instant now) {
        check(definition);
        return new ProcessTemplate(null, code.trim().toUpperCase(), revision, definition.name().trim(),
                TemplateStage.blankToNull(definition.description()), definition.decisionRule(), now,
                definition.stages().stream().map(TemplateStage::of).toList());
    }

    /**
     * A template has 1..{@value #MAX_STAGES} stages with distinct names; every gate has at least one criterion
     * (at most {@value #MAX_CRITERIA}), should-meet weights are 1..10, thresholds 0..100; a gate whose threshold is
     * above 0 needs at least one should-meet criterion (otherwise it could never pass).
     */
    static void check(TemplateDefinition definition) {
        if (definition.decisionRule() == null) {
            throw new InvalidRequestException("decisionRule", "Choose a decision rule.");
        }
        List<TemplateDefinition.StageDefinition> stages = definition.stages();
        if (stages == null || stages.isEmpty()) {
            throw new RuleViolationException("template-without-stages", "stages", "A template needs at least one stage.");
        }
        if (stages.size() > MAX_STAGES) {
            throw new RuleViolationException("too-many-stages", "stages", "A template has at most " + MAX_STAGES + " stages.");
        }
        if (stages.stream().map(s -> s.name().trim().toLowerCase()).distinct().count() != stages.size()) {
            throw new RuleViolationException("duplicate-stage-name", "stages", "Every stage needs its own name.");
        }
        for (int i = 0; i < stages.size(); i++) {
            var stage = stages.get(i);
            String at = "stages[" + i + "]";
            if (stage.passThreshold() < 0 || stage.passThreshold() > 100) {
                throw new InvalidRequestException(at + ".passThreshold", "The pass threshold must be between 0 and 100 %.");
            }
            if (stage.criteria() == null || stage.criteria().isEmpty()) {
                throw new RuleViolationException("gate-without-criteria", at + ".criteria",
                        "The gate after stage " + stage.name().trim() + " needs at least one criterion.");
            }
            if (stage.criteria().size() > MAX_CRITERIA || (stage.deliverables() != null
                    && stage.deliverables().size() > MAX_DELIVERABLES)) {
                throw new RuleViolationException("too-many-items", at, "A stage has at most " + MAX_CRITERIA
                        + " criteria and " + MAX_DELIVERABLES + " deliverables.");
            }
            for (int c = 0; c < stage.criteria().size(); c++) {
                var criterion = stage.criteria().get(c);
                if (criterion.kind() == null) {
                    throw new InvalidRequestException(at + ".criteria[" + c + "].kind", "Choose must-meet or should-meet.");
                }
                if (criterion.kind() == CriterionKind.SHOULD_MEET && (criterion.weight() < 1 || criterion.weight() > 10)) {
                    throw new InvalidRequestException(at + ".criteria[" + c + "].weight",
                            "The weight of a should-meet criterion must be between 1 and 10.");
                }
            }
            boolean weighted = stage.criteria().stream().anyMatch(c -> c.kind() == CriterionKind.SHOULD_MEET);
            if (!weighted && stage.passThreshold() > 0) {
                throw new RuleViolationException("threshold-without-should-meet", at + ".passThreshold",
                        "The gate after stage " + stage.name().trim()
                                + " has a pass threshold but no should-meet criterion to reach it.");
            }
        }
    }

    public TemplateStage stage(int index) {
        if (index < 0 || index >= stages.size()) {
            throw new InvalidRequestException("stageIndex", "This template has no stage " + index + ".");
        }
        return stages.get(index);
    }

    public boolean isLastStage(int index) {
        return index == stages.size() - 1;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getRevision() {
        return revision;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public DecisionRule getDecisionRule() {
        return decisionRule;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<TemplateStage> getStages() {
        return stages;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProcessTemplate template && id != null && Objects.equals(id, template.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
