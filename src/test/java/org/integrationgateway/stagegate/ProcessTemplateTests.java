package org.integrationgateway.stagegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class ProcessTemplateTests {

    private static TemplateDefinition with(List<TemplateDefinition.StageDefinition> stages) {
        return new TemplateDefinition("T", null, DecisionRule.CHAIR, stages);
    }

    private static String codeOf(TemplateDefinition definition) {
        try {
            ProcessTemplate.check(definition);
            return null;
        } catch (DomainException refused) {
            return refused.code();
        }
    }

    @Test
    void acceptsAWellFormedTemplateAndNormalisesIt() {
        ProcessTemplate template = ProcessTemplate.revision(" light ", 3, with(List.of(StagegateRulesFixture.stage(" Idea "))),
                StagegateRulesFixture.NOW);
        assertThat(template.getCode()).isEqualTo("LIGHT");
        assertThat(template.getRevision()).isEqualTo(3);
        assertThat(template.getStages().get(0).getName()).isEqualTo("Idea");
        assertThat(template.isLastStage(0)).isTrue();
        assertThatThrownBy(() -> template.stage(1)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void refusesTemplatesThatCouldNotWork() {
        var criteria = List.of(new TemplateDefinition.CriterionDefinition(CriterionKind.MUST_MEET, "Fit", null, 0));
        assertThat(codeOf(with(List.of()))).isEqualTo("template-without-stages");
        assertThat(codeOf(with(Collections.nCopies(13, StagegateRulesFixture.stage("S"))))).isEqualTo("too-many-stages");
        assertThat(codeOf(with(List.of(StagegateRulesFixture.stage("A"), StagegateRulesFixture.stage("a")))))
                .isEqualTo("duplicate-stage-name");
        assertThat(codeOf(with(List.of(new TemplateDefinition.StageDefinition("A", null, "G", 50, List.of(), List.of())))))
                .isEqualTo("gate-without-criteria");
        assertThat(codeOf(with(List.of(new TemplateDefinition.StageDefinition("A", null, "G", 50, criteria, List.of())))))
                .isEqualTo("threshold-without-should-meet");
        assertThat(codeOf(with(List.of(new TemplateDefinition.StageDefinition("A", null, "G", 101, criteria, List.of())))))
                .isEqualTo("invalid-request");
        assertThat(codeOf(with(List.of(new TemplateDefinition.StageDefinition("A", null, "G", 0, List.of(
                new TemplateDefinition.CriterionDefinition(CriterionKind.SHOULD_MEET, "V", null, 0)), List.of())))))
                .isEqualTo("invalid-request");
        assertThatThrownBy(() -> ProcessTemplate.check(new TemplateDefinition("T", null, null,
                List.of(StagegateRulesFixture.stage("A"))))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> ProcessTemplate.check(with(List.of()))).isInstanceOf(RuleViolationException.class);
    }
}
