package org.integrationgateway.acceptance.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.integrationgateway.acceptance.DefectInput;
import org.integrationgateway.acceptance.StepResult;

/**
 * The forms of the portal's acceptance task page. Field names are the domain's, so a refusal lands next to its field;
 * the task's version is posted beside them (hidden), taken from the page the contact saw.
 */
final class PortalAcceptanceForms {

    /** Defect rows the reject form offers (blank rows are ignored). */
    static final int DEFECT_ROWS = 3;

    private PortalAcceptanceForms() {
    }

    /** The result of one step: {@code step} says which card the form (and its errors) belongs to. */
    public static class StepForm {
        private Integer step;
        private StepResult result;
        private String note;
        private Long version;

        public Integer getStep() { return step; }

        public void setStep(Integer step) { this.step = step; }

        public StepResult getResult() { return result; }

        public void setResult(StepResult result) { this.result = result; }

        public String getNote() { return note; }

        public void setNote(String note) { this.note = note; }

        public Long getVersion() { return version; }

        public void setVersion(Long version) { this.version = version; }
    }

    /** Accepting: an optional comment. */
    public static class AcceptForm {
        private String comment;
        private Long version;

        public String getComment() { return comment; }

        public void setComment(String comment) { this.comment = comment; }

        public Long getVersion() { return version; }

        public void setVersion(Long version) { this.version = version; }
    }

    /** Rejecting: an optional comment and the defects; rows left blank are ignored. */
    public static class RejectForm {
        private String comment;
        private Long version;
        private List<DefectRow> defects = new ArrayList<>();

        public RejectForm() {
            padded();
        }

        /** At least {@link #DEFECT_ROWS} rows, so that the page shows blank ones to fill in. */
        RejectForm padded() {
            while (defects.size() < DEFECT_ROWS) {
                defects.add(new DefectRow());
            }
            return this;
        }

        /** The rows that say something, by their row index on the form. */
        Map<Integer, DefectInput> filled() {
            Map<Integer, DefectInput> filled = new java.util.LinkedHashMap<>();
            for (int i = 0; i < defects.size(); i++) {
                DefectRow row = defects.get(i);
                if (row != null && !row.blank()) {
                    filled.put(i, new DefectInput(row.getTitle(), row.getDescription(), row.getStep()));
                }
            }
            return filled;
        }

        /** The service numbers the filled rows from 0; the form's own row indices may differ. */
        Map<String, String> aliases() {
            Map<String, String> aliases = new HashMap<>();
            int n = 0;
            for (Integer row : filled().keySet()) {
                for (String field : List.of("title", "description", "step")) {
                    aliases.put("defects[" + n + "]." + field, "defects[" + row + "]." + field);
                }
                aliases.put("defects[" + n + "]", "defects");
                n++;
            }
            return aliases;
        }

        public String getComment() { return comment; }

        public void setComment(String comment) { this.comment = comment; }

        public Long getVersion() { return version; }

        public void setVersion(Long version) { this.version = version; }

        public List<DefectRow> getDefects() { return defects; }

        public void setDefects(List<DefectRow> defects) { this.defects = defects; }
    }

    /** One defect row of the reject form. */
    public static class DefectRow {
        private String title;
        private String description;
        private Integer step;

        boolean blank() {
            return (title == null || title.isBlank()) && (description == null || description.isBlank()) && step == null;
        }

        public String getTitle() { return title; }

        public void setTitle(String title) { this.title = title; }

        public String getDescription() { return description; }

        public void setDescription(String description) { this.description = description; }

        public Integer getStep() { return step; }

        public void setStep(Integer step) { this.step = step; }
    }
}
