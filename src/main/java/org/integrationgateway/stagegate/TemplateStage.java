package org.integrationgateway.stagegate;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stage of a template and the gate closing it: the gate's criteria with its pass threshold (0..100, compared with
 * the weighted should-meet score in percent) and the deliverables the stage requires.
 */
@Table("template_stage")
public class TemplateStage {

    @Id
    private Long id;
    private final String name;
    private final String description;
    private final String gateName;
    private final int passThreshold;
    @MappedCollection(idColumn = "template_stage", keyColumn = "criterion_index")
    private final List<GateCriterion> criteria;
    @MappedCollection(idColumn = "template_stage", keyColumn = "deliverable_index")
    private final List<StageDeliverable> deliverables;

    @PersistenceCreator
    TemplateStage(Long id, String name, String description, String gateName, int passThreshold,
                  List<GateCriterion> criteria, List<StageDeliverable> deliverables) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.gateName = gateName;
        this.passThreshold = passThreshold;
        this.criteria = List.copyOf(criteria);
        this.deliverables = List.copyOf(deliverables);
    }

    static TemplateStage of(TemplateDefinition.StageDefinition stage) {
        return new TemplateStage(null, stage.name().trim(), blankToNull(stage.description()), stage.gateName().trim(),
                stage.passThreshold(), stage.criteria().stream()
                        .map(c -> new GateCriterion(c.kind(), c.name().trim(), blankToNull(c.description()),
                                c.kind() == CriterionKind.MUST_MEET ? 0 : c.weight()))
                        .toList(),
                stage.deliverables().stream()
                        .map(d -> new StageDeliverable(d.name().trim(), blankToNull(d.description()))).toList());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getGateName() {
        return gateName;
    }

    public int getPassThreshold() {
        return passThreshold;
    }

    public List<GateCriterion> getCriteria() {
        return criteria;
    }

    public List<StageDeliverable> getDeliverables() {
        return deliverables;
    }
}
