package org.integrationgateway.transfer;

import static org.integrationgateway.transfer.TableRule.copy;
import static org.integrationgateway.transfer.TableRule.excluded;
import static org.integrationgateway.transfer.TableRule.match;
import static org.integrationgateway.transfer.TableRule.matchSelected;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checked-in inventory of the schema for project transfer: every table is either exported (copied with the
 * project, or shared and matched on import) or excluded with its reason. {@code TransferInventoryTests} fails when a
 * table of the migrated schema is in neither list, or a foreign key of an exported table is not declared here, so
 * the export cannot silently fall behind the schema. The order is the import order: a table comes after every
 * table it refers to (cycles are broken by deferred references).
 */
final class TransferInventory {

    private static final String CHANGE_REQUESTS = "change_request in (select id from change_request where project = ?)";
    private static final String GATE_REVIEWS = "gate_review in (select id from gate_review where project = ?)";
    private static final String LIFECYCLES = "project_lifecycle in (select id from project_lifecycle where project = ?)";
    private static final String GATE_DECISIONS = "gate_decision in (select id from gate_decision where project = ?)";
    private static final String TEMPLATES = "(select process_template from project_lifecycle where project = ? "
            + "union select process_template from gate_decision where project = ?)";
    private static final String TEMPLATE_STAGES = "template_stage in (select id from template_stage where process_template in "
            + TEMPLATES + ")";
    private static final String FINDINGS = "(select research_finding from finding_bearing where project = ? "
            + "union select research_finding from finding_action where project = ?)";
    private static final String OPPORTUNITIES = "(select opportunity from opportunity_project where project = ? "
            + "union select opportunity from quote where project = ?)";

    /** Trace graph node types whose ids are rows of a table (other node types carry references kept as text). */
    static final Map<String, String> TRACE_NODES = Map.ofEntries(
            Map.entry("RESEARCH_FINDING", "research_finding"), Map.entry("ORDER", "sales_order"),
            Map.entry("MEETING", "meeting"), Map.entry("CHANGE_REQUEST", "change_request"),
            Map.entry("GATE_REVIEW", "gate_review"), Map.entry("BASELINE", "baseline"),
            Map.entry("ITEM_REVISION", "spec_item_revision"), Map.entry("VARIANT", "variant"),
            Map.entry("ACCEPTANCE", "acceptance_record"), Map.entry("QUOTE_LINE", "quote"),
            Map.entry("DELIVERABLE", "project"));

    /** Audit entity types about the project's own things, and the table their entity id is a row of. */
    static final Map<String, String> AUDITED = Map.ofEntries(
            Map.entry("project", "project"), Map.entry("project-deliverable", "project"),
            Map.entry("reporting-cadence", "project"), Map.entry("matrix-assignment", "matrix_assignment"),
            Map.entry("project-lifecycle", "project_lifecycle"), Map.entry("gate-review", "gate_review"),
            Map.entry("change-request", "change_request"), Map.entry("change-board", "change_board"),
            Map.entry("change-envelope", "change_envelope"), Map.entry("spec-item", "spec_item"),
            Map.entry("baseline", "baseline"), Map.entry("variant", "variant"), Map.entry("trace-link", "trace_link"),
            Map.entry("opportunity", "opportunity"), Map.entry("quote", "quote"), Map.entry("order", "sales_order"),
            Map.entry("finding", "research_finding"), Map.entry("acceptance-task", "acceptance_task"),
            Map.entry("acceptance", "acceptance_record"), Map.entry("status-report", "status_report"),
            Map.entry("meeting", "meeting"), Map.entry("action-item", "action_item"),
            Map.entry("comment", "discussion_comment"));

    private static final Map<String, String> DISCUSSION_TARGETS = Map.of("change-request", "change_request",
            "spec-item", "spec_item", "gate-review", "gate_review", "quote", "quote", "meeting", "meeting");
    private static final Map<String, String> AGENDA_REFERENCES = Map.of("CHANGE_REQUEST", "change_request",
            "GATE_REVIEW", "gate_review", "ACTION_ITEM", "action_item", "FINDING", "research_finding");
    private static final Map<String, String> DECISION_SUBJECTS = Map.of("CHANGE_REQUEST", "change_request",
            "GATE_REVIEW", "gate_review");

    private static final List<TableRule> PROJECT_RULES = List.of(
            // Shared data: exported when the project's rows refer to it, matched on import, created if missing.
            match("customer", "name"),
            match("department", "name"),
            match("user_account", "email").ref("customer_organisation", "customer").omit("password_hash")
                    .createdWith("enabled", Boolean.FALSE),
            match("person", "email").ref("department", "department").ref("user_account", "user_account"),
            match("customer_contact", "email").ref("customer", "customer").ref("user_account", "user_account"),
            match("program", "code"),
            matchSelected("process_template", "id in " + TEMPLATES, "code", "revision"),
            matchSelected("template_stage", "process_template in " + TEMPLATES, "process_template", "stage_index")
                    .ref("process_template", "process_template"),
            matchSelected("gate_criterion", TEMPLATE_STAGES, "template_stage", "criterion_index")
                    .ref("template_stage", "template_stage"),
            matchSelected("stage_deliverable", TEMPLATE_STAGES, "template_stage", "deliverable_index")
                    .ref("template_stage", "template_stage"),

            // The project and its team.
            copy("project", "id = ?").ref("program", "program").ref("manager", "person"),
            copy("matrix_assignment", "project = ?").ref("project", "project").ref("person", "person"),

            // Lifecycle, gate reviews and decisions.
            copy("project_lifecycle", "project = ?").ref("project", "project").ref("process_template", "process_template"),
            copy("lifecycle_deliverable", LIFECYCLES).ref("project_lifecycle", "project_lifecycle"),
            copy("lifecycle_interruption", LIFECYCLES).ref("project_lifecycle", "project_lifecycle"),
            copy("gate_review", "project = ?").ref("project", "project").ref("project_lifecycle", "project_lifecycle")
                    .ref("chair", "person"),
            copy("review_gatekeeper", GATE_REVIEWS).ref("gate_review", "gate_review").ref("person", "person"),
            copy("scorecard", GATE_REVIEWS).ref("gate_review", "gate_review").ref("gatekeeper", "person"),
            copy("criterion_score", GATE_REVIEWS).ref("gate_review", "gate_review").ref("gatekeeper", "person"),
            copy("gate_decision", "project = ?").ref("gate_review", "gate_review").ref("project", "project")
                    .ref("process_template", "process_template"),
            copy("decision_condition", GATE_DECISIONS).ref("gate_decision", "gate_decision").ref("owner", "person"),
            copy("decision_reopened_deliverable", GATE_DECISIONS).ref("gate_decision", "gate_decision"),

            // Change control.
            copy("change_envelope", "project = ?").ref("project", "project"),
            copy("change_envelope_category", "change_envelope in (select id from change_envelope where project = ?)")
                    .ref("change_envelope", "change_envelope"),
            copy("change_board", "project = ?").ref("project", "project").ref("approver", "person"),
            copy("change_board_member", "change_board in (select id from change_board where project = ?)")
                    .ref("change_board", "change_board").ref("person", "person"),
            copy("change_request", "project = ?").ref("project", "project").ref("requester", "person")
                    .ref("impact_assessed_by", "person"),
            copy("change_request_item", CHANGE_REQUESTS).ref("change_request", "change_request"),
            copy("change_request_link", CHANGE_REQUESTS).ref("change_request", "change_request"),
            copy("change_request_transition", CHANGE_REQUESTS).ref("change_request", "change_request")
                    .ref("actor_person", "person"),
            copy("change_request_vote", CHANGE_REQUESTS).ref("change_request", "change_request").ref("person", "person"),

            // Specifications, baselines, variants, traceability.
            copy("spec_item", "project = ?").ref("project", "project").deferredRef("locked_by_baseline", "baseline"),
            copy("spec_item_revision", "project = ?").ref("spec_item", "spec_item").ref("project", "project")
                    .ref("author", "person").ref("change_request", "change_request"),
            copy("baseline", "project = ?").ref("project", "project").ref("gate_review", "gate_review"),
            copy("baseline_entry", "baseline in (select id from baseline where project = ?)").ref("baseline", "baseline")
                    .ref("spec_item", "spec_item").ref("item_revision", "spec_item_revision"),
            copy("variant", "project = ?").ref("project", "project").ref("customer", "customer").ref("baseline", "baseline"),
            copy("variant_override", "variant in (select id from variant where project = ?)").ref("variant", "variant")
                    .ref("spec_item", "spec_item"),

            // Sales: the opportunities, quotes and orders of the project.
            copy("opportunity", "id in " + OPPORTUNITIES).ref("customer", "customer").ref("contact", "customer_contact")
                    .ref("owner", "person").ref("owner_department", "department"),
            copy("opportunity_project", "project = ?").ref("opportunity", "opportunity").ref("project", "project"),
            copy("opportunity_stage_change", "opportunity in " + OPPORTUNITIES).ref("opportunity", "opportunity")
                    .ref("changed_by_person", "person"),
            copy("quote", "project = ?").ref("opportunity", "opportunity").ref("project", "project")
                    .ref("customer", "customer").ref("owner_department", "department").ref("created_by_person", "person")
                    .ref("accepted_contact", "customer_contact").deferredRef("sales_order", "sales_order"),
            copy("quote_line", "quote in (select id from quote where project = ?)").ref("quote", "quote")
                    .ref("change_request", "change_request"),
            copy("sales_order", "project = ?").ref("quote", "quote").ref("opportunity", "opportunity")
                    .ref("customer", "customer").ref("project", "project").ref("owner_department", "department")
                    .ref("credited_to", "person").ref("booked_by_person", "person").ref("variant", "variant"),
            copy("sales_order_line", "sales_order in (select id from sales_order where project = ?)")
                    .ref("sales_order", "sales_order").ref("change_request", "change_request"),

            // Market research bearing on the project.
            copy("research_finding", "id in " + FINDINGS).ref("surfaced_by", "person").ref("import_batch", "research_import"),
            copy("finding_link", "research_finding in " + FINDINGS).ref("research_finding", "research_finding"),
            copy("finding_bearing", "project = ?").ref("research_finding", "research_finding").ref("project", "project"),
            copy("finding_action", "research_finding in " + FINDINGS + " and (project = ? or project is null)")
                    .ref("research_finding", "research_finding").ref("project", "project")
                    .ref("change_request", "change_request").ref("actor_person", "person"),

            // Acceptance.
            copy("acceptance_task", "project = ?").ref("project", "project").ref("customer", "customer")
                    .ref("sales_order", "sales_order").ref("variant", "variant").ref("assignee", "customer_contact")
                    .ref("created_by_person", "person"),
            copy("acceptance_step", "acceptance_task in (select id from acceptance_task where project = ?)")
                    .ref("acceptance_task", "acceptance_task"),
            copy("acceptance_record", "project = ?").ref("acceptance_task", "acceptance_task").ref("project", "project")
                    .ref("customer", "customer").ref("sales_order", "sales_order").ref("baseline", "baseline")
                    .ref("variant", "variant").ref("item_revision", "spec_item_revision")
                    .ref("decided_by_contact", "customer_contact").ref("decided_by_account", "user_account"),
            copy("acceptance_defect", "acceptance_record in (select id from acceptance_record where project = ?)")
                    .ref("acceptance_record", "acceptance_record"),
            copy("acceptance_defect_change", "acceptance_record in (select id from acceptance_record where project = ?)")
                    .ref("acceptance_record", "acceptance_record").ref("change_request", "change_request"),

            // Status reports, meetings, minutes and action items.
            copy("status_report", "project_id = ?").ref("project_id", "project").ref("author_id", "person"),
            copy("status_report_risk", "status_report in (select id from status_report where project_id = ?)")
                    .ref("status_report", "status_report"),
            copy("reporting_cadence", "project_id = ?").ref("project_id", "project"),
            copy("status_report_reminder", "project_id = ?").ref("project_id", "project").ref("manager_id", "person"),
            copy("meeting", "project_id = ?").ref("project_id", "project").ref("gate_review_id", "gate_review")
                    .ref("organiser_id", "person"),
            copy("meeting_attendee", "meeting in (select id from meeting where project_id = ?)").ref("meeting", "meeting")
                    .ref("person_id", "person"),
            copy("action_item", "project_id = ?").ref("meeting_id", "meeting").ref("project_id", "project")
                    .ref("owner_id", "person"),
            copy("meeting_agenda_item", "meeting in (select id from meeting where project_id = ?)")
                    .ref("meeting", "meeting").poly("reference_id", "reference_kind", AGENDA_REFERENCES),
            copy("meeting_decision", "meeting in (select id from meeting where project_id = ?)")
                    .ref("meeting", "meeting").poly("subject_id", "subject_kind", DECISION_SUBJECTS),

            // Discussions, traceability across modules and the audit log, last: they point at everything above.
            copy("discussion_comment", "project_id = ?").ref("project_id", "project").ref("author", "person")
                    .poly("target_id", "target_kind", DISCUSSION_TARGETS),
            copy("discussion_mention", "comment in (select id from discussion_comment where project_id = ?)")
                    .ref("comment", "discussion_comment").ref("person", "person"),
            copy("trace_link", "from_project = ? or to_project = ?").ref("from_project", "project")
                    .ref("to_project", "project").poly("from_id", "from_type", TRACE_NODES)
                    .poly("to_id", "to_type", TRACE_NODES));

    private static final List<TableRule> EXCLUDED = List.of(
            excluded("flyway_schema_history", "The schema's own migration history; the importing instance has its own."),
            excluded("event_publication", "Delivery bookkeeping of in-process event listeners of the exporting instance."),
            excluded("spring_session", "Sign-in sessions belong to the exporting instance."),
            excluded("spring_session_attributes", "Sign-in sessions belong to the exporting instance."),
            excluded("user_role", "System roles are granted by the importing instance's administrators, never by a file."),
            excluded("api_token", "Credentials are never exported."),
            excluded("sign_in_throttle", "Sign-in throttling state of the exporting instance."),
            excluded("setup_token", "First-run setup of the exporting instance."),
            excluded("allocation_lock", "A technical lock row per person, no data."),
            excluded("stream_event", "The live event stream is a delivery log of the exporting instance; the project's "
                    + "history is exported as its change request transitions, decisions and audit entries."),
            excluded("stream_sequencer", "Delivery state of the exporting instance's event stream."),
            excluded("stream_presence", "Who is online on the exporting instance."),
            excluded("cluster_lock", "Leases between the exporting instance's nodes."),
            excluded("notification", "Personal inbox entries of the exporting instance's users (already delivered)."),
            excluded("notification_settings", "Personal preferences, not project data."),
            excluded("webhook_endpoint", "Integration settings and secrets of the exporting instance."),
            excluded("webhook_cursor", "Delivery state of the exporting instance's webhooks."),
            excluded("webhook_message", "Delivery state of the exporting instance's webhooks."),
            excluded("webhook_attempt", "Delivery log of the exporting instance's webhooks."),
            excluded("webhook_redelivery", "Delivery log of the exporting instance's webhooks."),
            excluded("research_import", "CSV import jobs of the exporting instance; the findings themselves are exported."),
            excluded("research_import_error", "CSV import jobs of the exporting instance."),
            excluded("meeting_invitation", "E-mail delivery log of invitations; importing it would send them again."),
            excluded("calendar_feed", "A personal calendar feed secret."),
            excluded("sso_provider", "Single sign-on settings and client secrets of the exporting instance."),
            excluded("sso_group_role", "Single sign-on settings of the exporting instance."),
            excluded("sso_identity", "Links to the exporting instance's identity providers; the importer signs people in its own way."),
            excluded("idempotency_key", "Stored answers to API writes of the exporting instance's accounts, kept for a day."));

    /** Every table in import order: shared data, the project's rows, its audit entries, then the excluded tables. */
    static final List<TableRule> RULES = java.util.stream.Stream.of(PROJECT_RULES,
                    List.of(copy("audit_entry", auditSelector()).poly("entity_id", "entity_type", AUDITED)), EXCLUDED)
            .flatMap(List::stream).toList();

    private TransferInventory() {
    }

    static Optional<TableRule> rule(String table) {
        return RULES.stream().filter(rule -> rule.table().equals(table)).findFirst();
    }

    static List<TableRule> exported() {
        return RULES.stream().filter(rule -> rule.mode() != TableRule.Mode.EXCLUDED).toList();
    }

    /**
     * Audit entries about the project's own things: the entity id of each audited type among the exported rows
     * (a project deliverable's id starts with the project's id).
     */
    private static String auditSelector() {
        StringBuilder sql = new StringBuilder("(entity_type in ('project', 'reporting-cadence') "
                + "and entity_id = cast(? as varchar(60))) "
                + "or (entity_type = 'project-deliverable' and entity_id like concat(cast(? as varchar(60)), ':%'))");
        AUDITED.entrySet().stream().filter(e -> !e.getValue().equals("project")).sorted(Map.Entry.comparingByKey())
                .forEach(e -> sql.append(" or (entity_type = '").append(e.getKey())
                        .append("' and entity_id in (select cast(id as varchar(60)) from ").append(e.getValue())
                        .append(" where ").append(PROJECT_RULES.stream().filter(r -> r.table().equals(e.getValue()))
                                .findFirst().orElseThrow().selector()).append("))"));
        return sql.toString();
    }
}
