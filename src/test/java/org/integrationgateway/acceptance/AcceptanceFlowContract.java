package org.integrationgateway.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integrationgateway.acceptance.AcceptanceFixtures.asCustomer;
import static org.integrationgateway.changecontrol.ChangeControlFixtures.as;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.integrationgateway.acceptance.AcceptanceFixtures.Delivery;
import org.integrationgateway.acceptance.events.DefectChangeRaised;
import org.integrationgateway.acceptance.events.DeliverableAccepted;
import org.integrationgateway.acceptance.events.DeliverableRejected;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlFixtures.Member;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.SourceKind;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.specs.OverrideInput;
import org.integrationgateway.specs.VariantCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The acceptance core against a real database: assigning (every refusal, nothing written), recording steps (only the
 * assignee; another contact of the customer 403, another customer 404), deciding (all steps passed to accept, defects
 * to reject, once), the record never updated, its hash re-verified independently and after tampering, the first-time
 * flag, defects raising change requests once each, the events and the traceability links. Runs on H2 and PostgreSQL.
 */
@RecordApplicationEvents
abstract class AcceptanceFlowContract {

    @Autowired AcceptanceFixtures fixtures;
    @Autowired Acceptances acceptances;
    @Autowired ChangeControl changeControl;
    @Autowired VariantCatalog variants;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;
    @Autowired RecordSaves saves;

    Delivery d;
    Member manager;

    @BeforeEach
    void setUp() {
        d = fixtures.delivery();
        manager = d.shop().team().manager();
    }

    // ---- assigning ---------------------------------------------------------------------------------------------------

    /**
     * Changes a record behind the application's back, as someone with direct database access would (on PostgreSQL
     * the table's owner, who can set the write-once trigger aside).
     */
    protected void tamper(String sql, Object... args) {
        jdbc.update(sql, args);
    }

    @Test
    void assigningRefusesBadInputAndWritesNothing() {
        List<StepInput> two = List.of(step("Measure", "1,050 mm"), step("Run", "120 packs/min"));
        expect(InvalidRequestException.class, "steps", () -> assign(draft("SPEC-1", d.shop().hannah(), List.of())));
        expect(InvalidRequestException.class, "steps", () -> assign(draft("SPEC-1", d.shop().hannah(), null)));
        List<StepInput> many = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            many.add(step("Step " + i, "ok"));
        }
        expect(InvalidRequestException.class, "steps", () -> assign(draft("SPEC-1", d.shop().hannah(), many)));
        expect(InvalidRequestException.class, "steps[1].instruction",
                () -> assign(draft("SPEC-1", d.shop().hannah(), List.of(step("Measure", "ok"), step("  ", "ok")))));
        expect(InvalidRequestException.class, "steps[0].expectedResult",
                () -> assign(draft("SPEC-1", d.shop().hannah(), List.of(step("Measure", "")))));
        expect(InvalidRequestException.class, "title", () -> assign(new TaskDraft(d.orderA(), null, "SPEC-1", " ",
                d.shop().hannah(), null, two)));
        expect(InvalidRequestException.class, "dueOn", () -> assign(new TaskDraft(d.orderA(), null, "SPEC-1", "Title",
                d.shop().hannah(), LocalDate.now().minusDays(1), two)));
        expect(RuleViolationException.class, "orderId", () -> assign(new TaskDraft(999_999_999L, null, "SPEC-1",
                "Title", d.shop().hannah(), null, two)));
        expect(RuleViolationException.class, "deliverableKey", () -> assign(draft("SPEC-999", d.shop().hannah(), two)));
        expect(InvalidRequestException.class, "deliverableKey", () -> assign(draft(" ", d.shop().hannah(), two)));
        expect(RuleViolationException.class, "assigneeContact", () -> assign(draft("SPEC-1", d.victor(), two)));
        expect(RuleViolationException.class, "assigneeContact", () -> assign(draft("SPEC-1", 999_999_999L, two)));
        String email = UUID.randomUUID() + "@x.test";
        jdbc.update("insert into customer_contact (customer, full_name, email, version) values (?, 'Nora Offline', ?, 0)",
                d.customerA(), email);
        long noPortal = jdbc.queryForObject("select id from customer_contact where email = ?", Long.class, email);
        assertThatThrownBy(() -> assign(draft("SPEC-1", noPortal, two))).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("no-portal-access"));
        assertThatThrownBy(() -> as(d.shop().team().engineer(), () -> acceptances.assign(d.project(),
                draft("SPEC-1", d.shop().hannah(), two)))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> as(d.shop().team().outsider(), () -> acceptances.assign(d.project(),
                draft("SPEC-1", d.shop().hannah(), two)))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> asCustomer(d.hannahAccount(), () -> acceptances.assign(d.project(),
                draft("SPEC-1", d.shop().hannah(), two)))).isInstanceOf(NotPermittedException.class);
        assertThat(tasksOfProject()).isZero();

        AcceptanceTask task = assign(draft("spec-2", d.shop().hannah(), two));
        assertThat(task.getDeliverableKey()).isEqualTo("SPEC-2");
        assertThat(task.getCustomer()).isEqualTo(d.customerA());
        assertThat(task.getSalesOrder()).isEqualTo(d.orderA());
        assertThat(task.getVariant()).isNotNull();
        assertThat(task.getState()).isEqualTo(TaskState.OPEN);
        assertThat(tasksOfProject()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from acceptance_step where acceptance_task = ?", Integer.class,
                task.getId())).isEqualTo(2);
    }

    // ---- recording steps --------------------------------------------------------------------------------------------

    @Test
    void onlyTheAssigneeRecordsStepsAndAFailNeedsANote() {
        AcceptanceTask task = fixtures.task(d);
        long v = task.getVersion();
        assertThatThrownBy(() -> as(manager, () -> acceptances.recordStep(task.getId(), v, 1, StepResult.PASS, null)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> asCustomer(d.peterAccount(),
                () -> acceptances.recordStep(task.getId(), v, 1, StepResult.PASS, null)))
                .isInstanceOf(NotPermittedException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("not-assignee"));
        assertThatThrownBy(() -> asCustomer(d.victorAccount(),
                () -> acceptances.recordStep(task.getId(), v, 1, StepResult.PASS, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asCustomer(d.victorAccount(), () -> acceptances.task(task.getId())))
                .isInstanceOf(NotFoundException.class);
        expect(InvalidRequestException.class, "note", () -> asHannah(
                () -> acceptances.recordStep(task.getId(), v, 2, StepResult.FAIL, "  ")));
        expect(InvalidRequestException.class, "step", () -> asHannah(
                () -> acceptances.recordStep(task.getId(), v, 3, StepResult.PASS, null)));
        expect(InvalidRequestException.class, "result", () -> asHannah(
                () -> acceptances.recordStep(task.getId(), v, 1, null, null)));
        AcceptanceTask first = asHannah(() -> acceptances.recordStep(task.getId(), v, 1, StepResult.PASS, "1,049 mm"));
        assertThat(first.getSteps().get(0).result()).isEqualTo(StepResult.PASS);
        assertThat(first.getSteps().get(0).recordedBy()).isEqualTo("Hannah Bellamy");
        assertThatThrownBy(() -> asHannah(() -> acceptances.recordStep(task.getId(), v, 2, StepResult.PASS, null)))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("stale-version"));
        AcceptanceTask again = asHannah(() -> acceptances.recordStep(task.getId(), first.getVersion(), 1,
                StepResult.FAIL, "1,020 mm"));
        assertThat(again.getSteps().get(0).result()).isEqualTo(StepResult.FAIL);

        AcceptanceTask cancelled = as(manager, () -> acceptances.cancel(task.getId(), again.getVersion(), "Wrong item"));
        assertThat(cancelled.getState()).isEqualTo(TaskState.CANCELLED);
        assertThatThrownBy(() -> asHannah(() -> acceptances.recordStep(task.getId(), null, 2, StepResult.PASS, null)))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("task-closed"));
    }

    // ---- deciding ---------------------------------------------------------------------------------------------------

    @Test
    void acceptingNeedsEveryStepPassedRejectingNeedsDefectsAndThereIsOneDecision() {
        AcceptanceTask task = fixtures.task(d);
        AcceptanceTask one = asHannah(() -> acceptances.recordStep(task.getId(), null, 1, StepResult.PASS, null));
        expectCode(RuleViolationException.class, "steps-not-run",
                () -> asHannah(() -> acceptances.accept(task.getId(), one.getVersion(), "fine")));
        AcceptanceTask two = asHannah(() -> acceptances.recordStep(task.getId(), null, 2, StepResult.FAIL, "98 packs/min"));
        expectCode(RuleViolationException.class, "step-failed",
                () -> asHannah(() -> acceptances.accept(task.getId(), two.getVersion(), "fine")));
        expect(InvalidRequestException.class, "defects",
                () -> asHannah(() -> acceptances.reject(task.getId(), two.getVersion(), "no", List.of())));
        expect(InvalidRequestException.class, "defects[0].title", () -> asHannah(() -> acceptances.reject(task.getId(),
                two.getVersion(), "no", List.of(new DefectInput(" ", "x", null)))));
        expect(InvalidRequestException.class, "defects[0].step", () -> asHannah(() -> acceptances.reject(task.getId(),
                two.getVersion(), "no", List.of(new DefectInput("Slow", "x", 3)))));
        assertThatThrownBy(() -> asCustomer(d.peterAccount(), () -> acceptances.reject(task.getId(), two.getVersion(),
                "no", List.of(new DefectInput("Slow", null, 2))))).isInstanceOf(NotPermittedException.class);
        assertThat(records()).isZero();

        AcceptanceRecord rejected = asHannah(() -> acceptances.reject(task.getId(), two.getVersion(), "Too slow",
                List.of(new DefectInput("Throughput 98 packs/min", "Needs 120.", 2))));
        assertThat(rejected.getOutcome()).isEqualTo(AcceptanceOutcome.REJECTED);
        assertThat(as(manager, () -> acceptances.recordOfTask(task.getId())).map(AcceptanceRecord::getId))
                .contains(rejected.getId());
        expectCode(ConflictException.class, "task-closed",
                () -> asHannah(() -> acceptances.reject(task.getId(), null, "again", List.of(new DefectInput("x", null, null)))));
        expectCode(ConflictException.class, "task-closed",
                () -> asHannah(() -> acceptances.accept(task.getId(), null, "changed my mind")));
        assertThat(records()).isEqualTo(1);
        assertThat(as(manager, () -> acceptances.task(task.getId())).getState()).isEqualTo(TaskState.REJECTED);
    }

    // ---- immutability and re-verification ----------------------------------------------------------------------------

    @Test
    void aRecordIsWrittenOnceAndNoPathChangesIt() {
        AcceptanceTask task = fixtures.task(d);
        AcceptanceRecord record = accepted(task, "All good");
        assertThat(saves.count(record.getId())).as("saved once: a second save would update it").isEqualTo(1);
        Map<String, Object> before = row(record.getId());

        AcceptanceTask closed = as(manager, () -> acceptances.task(task.getId()));
        expectCode(ConflictException.class, "task-closed",
                () -> as(manager, () -> acceptances.cancel(task.getId(), closed.getVersion(), "Too late")));
        expectCode(ConflictException.class, "task-closed",
                () -> asHannah(() -> acceptances.recordStep(task.getId(), null, 1, StepResult.FAIL, "changed")));
        expectCode(RuleViolationException.class, "not-a-rejection",
                () -> as(manager, () -> acceptances.raiseDefectChange(record.getId(), 1)));
        as(manager, () -> acceptances.verify(record.getId()));
        assertThat(row(record.getId())).isEqualTo(before);
        assertThat(saves.count(record.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from acceptance_step where acceptance_task = ? "
                + "and result = 'PASS'", Integer.class, task.getId())).isEqualTo(2);
        // The repository offers nothing but inserting and reading.
        assertThat(java.util.Arrays.stream(AcceptanceRecords.class.getMethods()).map(java.lang.reflect.Method::getName))
                .allMatch(name -> name.equals("save") || name.startsWith("find"));
    }

    @Test
    void theHashIsTheSha256OfTheStoredDocumentAndTamperingShows() throws Exception {
        AcceptanceTask task = fixtures.task(d);
        AcceptanceRecord record = accepted(task, "All good");
        String content = jdbc.queryForObject("select content from acceptance_record where id = ?", String.class,
                record.getId());
        String stored = jdbc.queryForObject("select content_hash from acceptance_record where id = ?", String.class,
                record.getId());
        String independent = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(content.getBytes(StandardCharsets.UTF_8)));
        assertThat(stored).isEqualTo(independent).hasSize(64);
        assertThat(content).startsWith("Integration Gateway acceptance record v1\n")
                .contains("outcome: ACCEPTED", "deliverable: SPEC-1", "comment: All good",
                        "step 1: Measure the conveyor height at the infeed | 1,050 mm | PASS | ");
        HashVerification fresh = as(manager, () -> acceptances.verify(record.getId()));
        assertThat(fresh.hashMatches()).isTrue();
        assertThat(fresh.documentMatches()).isTrue();
        assertThat(fresh.deliverableUnchanged()).isTrue();
        assertThat(fresh.recomputedHash()).isEqualTo(independent);
        HashVerification byHannah = asHannah(() -> acceptances.verify(record.getId()));
        assertThat(byHannah.intact()).isTrue();
        assertThatThrownBy(() -> asCustomer(d.victorAccount(), () -> acceptances.verify(record.getId())))
                .isInstanceOf(NotFoundException.class);

        tamper("update acceptance_record set comment = 'Accepted with reservations' where id = ?", record.getId());
        HashVerification comment = as(manager, () -> acceptances.verify(record.getId()));
        assertThat(comment.hashMatches()).isTrue();
        assertThat(comment.documentMatches()).isFalse();
        assertThat(comment.intact()).isFalse();

        tamper("update acceptance_record set comment = 'All good', content = ? where id = ?",
                content.replace("comment: All good", "comment: All very good"), record.getId());
        HashVerification tampered = as(manager, () -> acceptances.verify(record.getId()));
        assertThat(tampered.hashMatches()).isFalse();
        assertThat(tampered.documentMatches()).isFalse();
        assertThat(tampered.storedHash()).isEqualTo(stored);

        tamper("update acceptance_record set content = ? where id = ?", content, record.getId());
        assertThat(as(manager, () -> acceptances.verify(record.getId())).intact()).isTrue();
        as(manager, () -> variants.override(task.getVariant(), null, "SPEC-1",
                new OverrideInput(null, "The K7 base line with a 1,050 mm conveyor.", null, "Order change")));
        HashVerification changed = as(manager, () -> acceptances.verify(record.getId()));
        assertThat(changed.intact()).isTrue();
        assertThat(changed.deliverableUnchanged()).isFalse();
    }

    @Test
    void aSecondDecisionOnTheSameDeliverableIsNotTheFirst() {
        AcceptanceTask first = fixtures.task(d);
        AcceptanceRecord rejection = rejected(first, "Conveyor at 1,020 mm");
        assertThat(rejection.isFirstTime()).isTrue();
        AcceptanceTask second = fixtures.task(d);
        AcceptanceRecord acceptance = accepted(second, "Fixed");
        assertThat(acceptance.isFirstTime()).isFalse();
        assertThat(acceptance.getContent()).contains("first-time: false");
        assertThat(as(manager, () -> acceptances.verify(acceptance.getId())).intact()).isTrue();
        // Customer B's order of the same item is another deliverable.
        AcceptanceTask forB = as(manager, () -> acceptances.assign(d.project(), new TaskDraft(d.orderB(), null,
                "SPEC-1", "Orchid acceptance", d.victor(), null, List.of(step("Look", "Fine")))));
        AcceptanceTask run = asCustomer(d.victorAccount(),
                () -> acceptances.recordStep(forB.getId(), null, 1, StepResult.PASS, null));
        AcceptanceRecord orchid = asCustomer(d.victorAccount(), () -> acceptances.accept(forB.getId(), run.getVersion(), null));
        assertThat(orchid.isFirstTime()).isTrue();
    }

    // ---- defects raising change requests, events, trace links ---------------------------------------------------------

    @Test
    void aDefectRaisesOneCustomerChangeRequestAndTheGraphRecordsIt() {
        AcceptanceTask task = fixtures.task(d);
        AcceptanceRecord rejection = rejected(task, "Conveyor at 1,020 mm");
        assertThat(events.stream(DeliverableRejected.class)).singleElement()
                .satisfies(e -> assertThat(e.acceptance().id()).isEqualTo(rejection.getId()));
        assertThatThrownBy(() -> asCustomer(d.victorAccount(), () -> acceptances.raiseDefectChange(rejection.getId(), 1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asCustomer(d.victorAccount(), () -> acceptances.record(rejection.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(d.shop().team().engineer(), () -> acceptances.raiseDefectChange(rejection.getId(), 1)))
                .isInstanceOf(NotPermittedException.class);
        expect(InvalidRequestException.class, "defect", () -> as(manager, () -> acceptances.raiseDefectChange(rejection.getId(), 2)));

        DefectChange change = as(manager, () -> acceptances.raiseDefectChange(rejection.getId(), 1));
        ChangeRequest request = as(manager, () -> changeControl.changeRequest(change.changeRequestId()));
        assertThat(request.getOrigin()).isEqualTo(Origin.CUSTOMER);
        assertThat(request.getSource().kind()).isEqualTo(SourceKind.CUSTOMER_REQUEST);
        assertThat(request.getSource().reference()).isEqualTo("acceptance:" + rejection.getId() + ":1");
        assertThat(request.getState()).isEqualTo(ChangeState.SUBMITTED);
        assertThat(request.getProject()).isEqualTo(d.project());
        assertThat(request.getRequesterName()).startsWith("Hannah Bellamy, Bellamy Foods");
        assertThat(request.getTitle()).contains("SPEC-1", "Conveyor at 1,020 mm");
        assertThat(request.getAffectedItems()).extracting(i -> i.itemKey()).containsExactly("SPEC-1");
        expectCode(ConflictException.class, "defect-change-raised",
                () -> as(manager, () -> acceptances.raiseDefectChange(rejection.getId(), 1)));
        expectCode(ConflictException.class, "defect-change-raised",
                () -> asHannah(() -> acceptances.raiseDefectChange(rejection.getId(), 1)));
        assertThat(as(manager, () -> acceptances.defectChanges(rejection.getId()))).singleElement()
                .satisfies(c -> assertThat(c.changeRequestId()).isEqualTo(change.changeRequestId()));
        assertThat(events.stream(DefectChangeRaised.class)).singleElement()
                .satisfies(e -> assertThat(e.changeRequestId()).isEqualTo(change.changeRequestId()));

        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'acceptance' and entity_id = ? "
                + "order by id", String.class, String.valueOf(rejection.getId())))
                .containsExactly("rejected", "defect-change-raised");
        String deliverable = d.project() + ":" + d.orderA() + ":SPEC-1";
        assertThat(jdbc.queryForList("select from_type || '>' || to_type || ':' || relation from trace_link "
                + "where (to_type = 'DELIVERABLE' and to_id = ?) or (from_type = 'DELIVERABLE' and from_id = ?) "
                + "or (from_type = 'ACCEPTANCE' and from_id = ?) order by id", String.class, deliverable, deliverable,
                String.valueOf(rejection.getId()))).containsExactly("ITEM_REVISION>DELIVERABLE:delivered as",
                "ORDER>DELIVERABLE:delivers", "DELIVERABLE>ACCEPTANCE:rejected in", "ACCEPTANCE>CHANGE_REQUEST:raised");
        assertThat(jdbc.queryForObject("select to_id from trace_link where from_type = 'ACCEPTANCE' and from_id = ?",
                String.class, String.valueOf(rejection.getId()))).isEqualTo(String.valueOf(change.changeRequestId()));
    }

    @Test
    void anAcceptanceIsAnnouncedAndLinkedFromTheItemRevision() {
        AcceptanceTask task = fixtures.task(d);
        AcceptanceRecord record = accepted(task, "All good");
        assertThat(events.stream(DeliverableAccepted.class)).singleElement().satisfies(e -> {
            assertThat(e.acceptance().id()).isEqualTo(record.getId());
            assertThat(e.acceptance().contentHash()).isEqualTo(record.getContentHash());
            assertThat(e.acceptance().orderNumber()).isEqualTo(d.orderANumber());
        });
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'acceptance' and entity_id = ?",
                String.class, String.valueOf(record.getId()))).containsExactly("accepted");
        assertThat(jdbc.queryForObject("select count(*) from trace_link where from_type = 'ITEM_REVISION' and from_id = ? "
                + "and to_type = 'DELIVERABLE'", Integer.class, String.valueOf(record.getItemRevision()))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select relation from trace_link where to_type = 'ACCEPTANCE' and to_id = ?",
                String.class, String.valueOf(record.getId()))).isEqualTo("accepted in");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    AcceptanceRecord accepted(AcceptanceTask task, String comment) {
        AcceptanceTask run = runAll(task, StepResult.PASS);
        return asHannah(() -> acceptances.accept(task.getId(), run.getVersion(), comment));
    }

    AcceptanceRecord rejected(AcceptanceTask task, String defect) {
        AcceptanceTask run = runAll(task, StepResult.FAIL);
        return asHannah(() -> acceptances.reject(task.getId(), run.getVersion(), "Not yet",
                List.of(new DefectInput(defect, "Measured at the infeed.", 1))));
    }

    AcceptanceTask runAll(AcceptanceTask task, StepResult result) {
        AcceptanceTask run = task;
        for (int n = 1; n <= task.getSteps().size(); n++) {
            int step = n;
            long version = run.getVersion();
            run = asHannah(() -> acceptances.recordStep(task.getId(), version, step, result, "seen " + step));
        }
        return run;
    }

    AcceptanceTask assign(TaskDraft draft) {
        return as(manager, () -> acceptances.assign(d.project(), draft));
    }

    TaskDraft draft(String key, long assignee, List<StepInput> steps) {
        return new TaskDraft(d.orderA(), null, key, "K7 base line acceptance", assignee, LocalDate.now().plusDays(7), steps);
    }

    static StepInput step(String instruction, String expected) {
        return new StepInput(instruction, expected);
    }

    <T> T asHannah(Supplier<T> action) {
        return asCustomer(d.hannahAccount(), action);
    }

    int tasksOfProject() {
        return jdbc.queryForObject("select count(*) from acceptance_task where project = ?", Integer.class, d.project());
    }

    int records() {
        return jdbc.queryForObject("select count(*) from acceptance_record where project = ?", Integer.class, d.project());
    }

    Map<String, Object> row(long recordId) {
        return jdbc.queryForMap("select * from acceptance_record where id = ?", recordId);
    }

    static void expect(Class<? extends DomainException> type, String field, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(type)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo(field));
    }

    static void expect(Class<? extends DomainException> type, String field, Supplier<?> action) {
        expect(type, field, (Runnable) action::get);
    }

    static void expectCode(Class<? extends DomainException> type, String code, Supplier<?> action) {
        assertThatThrownBy(action::get).isInstanceOf(type)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(code));
    }

    /** Counts the saves of each acceptance record (an insert is one; any further save would be an update). */
    @TestConfiguration
    static class RecordSaves {

        private final Map<Long, Integer> counts = new ConcurrentHashMap<>();

        @EventListener
        void saved(AfterSaveEvent<?> event) {
            if (event.getEntity() instanceof AcceptanceRecord record && record.getId() != null) {
                counts.merge(record.getId(), 1, Integer::sum);
            }
        }

        int count(long recordId) {
            return counts.getOrDefault(recordId, 0);
        }
    }
}
