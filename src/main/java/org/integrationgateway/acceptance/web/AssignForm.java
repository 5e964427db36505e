package org.integrationgateway.acceptance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.integrationgateway.acceptance.StepInput;
import org.integrationgateway.acceptance.TaskDraft;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The assign form of the project's acceptance page: the order (its customer is the task's), the deliverable, title,
 * assignee, due date and step rows; rows left blank (both texts empty) are ignored, so a few spare rows can be
 * rendered. {@link #draft()} remembers which row each step came from, so that a refusal naming {@code steps[i]}
 * shows next to the right row.
 */
public class AssignForm {

    /** Rows rendered for a new form; {@code addRows} adds as many again. */
    static final int ROWS = 5;

    private Long orderId;
    private String deliverableKey;
    private String title;
    private Long assigneeContact;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;
    private List<StepRow> steps = new ArrayList<>();

    static AssignForm blank() {
        AssignForm form = new AssignForm();
        form.padRows(ROWS);
        return form;
    }

    /** Fills up to at least {@code rows} rows (and never more than the most a task may have). */
    void padRows(int rows) {
        int wanted = Math.min(rows, org.integrationgateway.acceptance.AcceptanceTask.MAX_STEPS + ROWS);
        while (steps.size() < wanted) {
            steps.add(new StepRow());
        }
    }

    TaskDraft draft() {
        List<StepInput> inputs = new ArrayList<>();
        for (StepRow row : steps) {
            if (row != null && !row.isBlank()) {
                inputs.add(new StepInput(row.getInstruction(), row.getExpectedResult()));
            }
        }
        return new TaskDraft(orderId, null, deliverableKey, title, assigneeContact, dueOn, inputs);
    }

    /** The domain's field names of the steps kept ({@code steps[k].…}) mapped to the form's rows. */
    Map<String, String> stepAliases() {
        Map<String, String> aliases = new java.util.HashMap<>();
        int kept = 0;
        for (int row = 0; row < steps.size(); row++) {
            StepRow step = steps.get(row);
            if (step != null && !step.isBlank()) {
                aliases.put("steps[" + kept + "]", "steps[" + row + "].instruction");
                aliases.put("steps[" + kept + "].instruction", "steps[" + row + "].instruction");
                aliases.put("steps[" + kept + "].expectedResult", "steps[" + row + "].expectedResult");
                kept++;
            }
        }
        aliases.put("steps", "steps");
        aliases.put("customerId", "orderId");
        return aliases;
    }

    public Long getOrderId() { return orderId; }

    public void setOrderId(Long orderId) { this.orderId = orderId; }

    public String getDeliverableKey() { return deliverableKey; }

    public void setDeliverableKey(String deliverableKey) { this.deliverableKey = deliverableKey; }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    public Long getAssigneeContact() { return assigneeContact; }

    public void setAssigneeContact(Long assigneeContact) { this.assigneeContact = assigneeContact; }

    public LocalDate getDueOn() { return dueOn; }

    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }

    public List<StepRow> getSteps() { return steps; }

    public void setSteps(List<StepRow> steps) { this.steps = steps == null ? new ArrayList<>() : steps; }

    /** One step row: the instruction and the expected result. */
    public static class StepRow {

        private String instruction;
        private String expectedResult;

        boolean isBlank() {
            return (instruction == null || instruction.isBlank()) && (expectedResult == null || expectedResult.isBlank());
        }

        public String getInstruction() { return instruction; }

        public void setInstruction(String instruction) { this.instruction = instruction; }

        public String getExpectedResult() { return expectedResult; }

        public void setExpectedResult(String expectedResult) { this.expectedResult = expectedResult; }
    }
}
