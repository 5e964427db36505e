package org.integrationgateway.stagegate.web;

import java.util.ArrayList;
import java.util.List;
import org.integrationgateway.stagegate.CriterionKind;
import org.integrationgateway.stagegate.DecisionRule;
import org.integrationgateway.stagegate.ProcessTemplate;
import org.integrationgateway.stagegate.TemplateDefinition;

/**
 * The template editor's form. Rows whose name is blank are ignored, so the editor offers blank rows to add stages,
 * criteria and deliverables and clearing a name removes a row.
 */
public class TemplateForm {

    private String code;
    private String name;
    private String description;
    private DecisionRule decisionRule = DecisionRule.CHAIR;
    private Integer version;
    private List<StageForm> stages = new ArrayList<>();

    static TemplateForm of(ProcessTemplate template) {
        TemplateForm form = new TemplateForm();
        form.code = template.getCode();
        form.name = template.getName();
        form.description = template.getDescription();
        form.decisionRule = template.getDecisionRule();
        form.version = template.getRevision();
        template.getStages().forEach(stage -> {
            StageForm s = new StageForm();
            s.setName(stage.getName());
            s.setDescription(stage.getDescription());
            s.setGateName(stage.getGateName());
            s.setPassThreshold(stage.getPassThreshold());
            stage.getCriteria().forEach(c -> s.getCriteria().add(new CriterionForm(c.kind(), c.name(), c.description(),
                    c.weight())));
            stage.getDeliverables().forEach(d -> s.getDeliverables().add(new DeliverableForm(d.name(), d.description())));
            form.stages.add(s);
        });
        return form;
    }

    /** Adds the blank rows the editor offers. */
    TemplateForm withBlankRows() {
        stages.forEach(stage -> {
            stage.getCriteria().add(new CriterionForm(CriterionKind.SHOULD_MEET, null, null, 1));
            stage.getDeliverables().add(new DeliverableForm(null, null));
        });
        StageForm blank = new StageForm();
        blank.getCriteria().add(new CriterionForm(CriterionKind.MUST_MEET, null, null, 0));
        blank.getDeliverables().add(new DeliverableForm(null, null));
        stages.add(blank);
        return this;
    }

    TemplateDefinition definition() {
        return new TemplateDefinition(name, description, decisionRule, stages.stream().filter(s -> filled(s.getName()))
                .map(s -> new TemplateDefinition.StageDefinition(s.getName(), s.getDescription(),
                        filled(s.getGateName()) ? s.getGateName() : "Gate: " + s.getName().trim(),
                        s.getPassThreshold() == null ? 0 : s.getPassThreshold(),
                        s.getCriteria().stream().filter(c -> filled(c.getName()))
                                .map(c -> new TemplateDefinition.CriterionDefinition(c.getKind(), c.getName(),
                                        c.getDescription(), c.getWeight() == null ? 0 : c.getWeight())).toList(),
                        s.getDeliverables().stream().filter(d -> filled(d.getName()))
                                .map(d -> new TemplateDefinition.DeliverableDefinition(d.getName(), d.getDescription()))
                                .toList()))
                .toList());
    }

    /** Longest accepted texts, checked before the domain sees the definition. */
    String tooLong() {
        if (name != null && name.length() > 200 || description != null && description.length() > 4000) {
            return "name";
        }
        for (StageForm s : stages) {
            if (len(s.getName()) > 100 || len(s.getGateName()) > 100 || len(s.getDescription()) > 2000
                    || s.getCriteria().stream().anyMatch(c -> len(c.getName()) > 200 || len(c.getDescription()) > 2000)
                    || s.getDeliverables().stream().anyMatch(d -> len(d.getName()) > 200 || len(d.getDescription()) > 2000)) {
                return "stages";
            }
        }
        return null;
    }

    private static int len(String text) {
        return text == null ? 0 : text.length();
    }

    static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public DecisionRule getDecisionRule() {
        return decisionRule;
    }

    public void setDecisionRule(DecisionRule decisionRule) {
        this.decisionRule = decisionRule;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public List<StageForm> getStages() {
        return stages;
    }

    public void setStages(List<StageForm> stages) {
        this.stages = stages;
    }

    public static class StageForm {

        private String name;
        private String description;
        private String gateName;
        private Integer passThreshold = 50;
        private List<CriterionForm> criteria = new ArrayList<>();
        private List<DeliverableForm> deliverables = new ArrayList<>();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getGateName() {
            return gateName;
        }

        public void setGateName(String gateName) {
            this.gateName = gateName;
        }

        public Integer getPassThreshold() {
            return passThreshold;
        }

        public void setPassThreshold(Integer passThreshold) {
            this.passThreshold = passThreshold;
        }

        public List<CriterionForm> getCriteria() {
            return criteria;
        }

        public void setCriteria(List<CriterionForm> criteria) {
            this.criteria = criteria;
        }

        public List<DeliverableForm> getDeliverables() {
            return deliverables;
        }

        public void setDeliverables(List<DeliverableForm> deliverables) {
            this.deliverables = deliverables;
        }
    }

    public static class CriterionForm {

        private CriterionKind kind;
        private String name;
        private String description;
        private Integer weight;

        public CriterionForm() {
        }

        CriterionForm(CriterionKind kind, String name, String description, Integer weight) {
            this.kind = kind;
            this.name = name;
            this.description = description;
            this.weight = weight;
        }

        public CriterionKind getKind() {
            return kind;
        }

        public void setKind(CriterionKind kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }
    }

    public static class DeliverableForm {

        private String name;
        private String description;

        public DeliverableForm() {
        }

        DeliverableForm(String name, String description) {
            this.name = name;
            this.description = description;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }
}
