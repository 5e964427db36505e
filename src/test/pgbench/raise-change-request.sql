-- pgbench baseline (docs/performance.md): the writes the application makes in one transaction when a change request
-- is raised and submitted through the API (POST /api/projects/{id}/change-requests with "submit": true), as
-- pg_stat_statements shows them: the request inserted once with its two timeline entries (raised, submitted) and its
-- affected item; two audit entries, two stream events and one event publication (written COMPLETED here, where the
-- application's listener marks it completed in a transaction of its own afterwards). Reads (project, matrix, board,
-- lifecycle) are not in it: this is the database's limit for the writes alone. Until the fixes of issue 10 the
-- application saved the request a second time on submission (an update, four deletes and the collections
-- re-inserted); the first baseline figures in docs/performance.md included those statements.
-- Needs a generated dataset (1 000 projects, 200 people at scale 1).
\set project random(1, 1000)
\set person random(1, 200)
BEGIN;
INSERT INTO change_request (project, title, description, origin, source_kind, requester, requester_name, priority,
    change_class, requested_class, target_stage, target_gate_name, state, raised_at, decision_round, version)
    VALUES (:project, 'pgbench change', 'Raised by pgbench.', 'INTERNAL', 'NONE', :person, 'pgbench', 'MEDIUM',
    'NORMAL', 'NORMAL', 1, 'Gate 2', 'SUBMITTED', now(), 0, 1) RETURNING id AS cr \gset
INSERT INTO change_request_transition (action, actor_name, actor_person, change_request, comment, from_state,
    occurred_at, position, to_state) VALUES ('RAISE', 'pgbench', :person, :cr, NULL, NULL, now(), 0, 'DRAFT'),
    ('SUBMIT', 'pgbench', :person, :cr, NULL, 'DRAFT', now(), 1, 'SUBMITTED');
INSERT INTO change_request_item (category, change_request, item_key, position) VALUES ('mechanical', :cr, 'SPEC-3', 0);
INSERT INTO audit_entry (action, actor, after_state, before_state, entity_id, entity_type, occurred_at)
    VALUES ('raised', 'pgbench', '{"title":"pgbench change","state":"DRAFT"}', NULL, :cr, 'change-request', now());
INSERT INTO audit_entry (action, actor, after_state, before_state, entity_id, entity_type, occurred_at)
    VALUES ('submitted', 'pgbench', '{"title":"pgbench change","state":"SUBMITTED"}', '{"state":"DRAFT"}', :cr,
    'change-request', now());
INSERT INTO stream_event (id, type, audience, organisation_id, person_id, project_id, topics, payload, occurred_at)
    VALUES (gen_random_uuid(), 'change-request.raised', 'INTERNAL', NULL, NULL, :project,
    ' project:' || :project || ' change-request:' || :cr || ' decisions ', '{"id":' || :cr || '}', now());
INSERT INTO stream_event (id, type, audience, organisation_id, person_id, project_id, topics, payload, occurred_at)
    VALUES (gen_random_uuid(), 'change-request.submitted', 'INTERNAL', NULL, NULL, :project,
    ' project:' || :project || ' change-request:' || :cr || ' decisions ', '{"id":' || :cr || '}', now());
INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
    completion_attempts, last_resubmission_date, completion_date) VALUES (gen_random_uuid(), 'ChangeRequestSubmitted',
    'org.integrationgateway.realtime.Listener', now(), '{"id":' || :cr || '}', 'COMPLETED', 0, NULL, now());
COMMIT;
