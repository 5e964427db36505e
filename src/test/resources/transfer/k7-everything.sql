-- Rows the demo organisation has none of for K7, so that the transfer round trip touches every exported table:
-- a scorecard with criterion scores, a decision condition, an acceptance record with a defect and its change request,
-- a status report with a risk and the reporting cadence, a meeting with attendee, agenda, decision and action item,
-- a comment on the meeting with a mention, audit entries about the project's things, a reopened deliverable.
insert into scorecard (gate_review, gatekeeper, recommendation, comment, scored_at)
select g.gate_review, g.person, 'GO', 'Ready', timestamp with time zone '2026-01-10 10:00:00+00'
from review_gatekeeper g where g.gate_review = (select min(r.id) from gate_review r join project p on p.id = r.project where p.code = 'K7')
and g.person = (select min(person) from review_gatekeeper where gate_review = g.gate_review);
insert into criterion_score (gate_review, gatekeeper, criterion_index, met, score, comment)
select gate_review, gatekeeper, 0, true, null, 'Met' from scorecard;
insert into criterion_score (gate_review, gatekeeper, criterion_index, met, score, comment)
select gate_review, gatekeeper, 2, null, 7, 'Good' from scorecard;
insert into decision_condition (gate_decision, condition_index, text, owner, due_on)
select d.id, 0, 'Confirm the supplier of the film feeder', p.manager, date '2026-03-01'
from gate_decision d join project p on p.id = d.project where p.code = 'K7'
and d.id = (select min(id) from gate_decision where project = p.id);
insert into decision_reopened_deliverable (gate_decision, deliverable_index)
select min(id), 1 from gate_decision where project = (select id from project where code = 'K7');
insert into acceptance_record (acceptance_task, outcome, project, customer, sales_order, deliverable_key, baseline,
        baseline_label, variant, variant_name, item_revision, revision_label, item_title, item_body, item_criterion,
        decided_by_contact, decided_by_account, decided_by_name, decided_at, comment, first_time, content, content_hash)
select t.id, 'REJECTED', t.project, t.customer, t.sales_order, t.deliverable_key,
       (select max(id) from baseline where project = t.project), 'B2', t.variant, null,
       (select max(r.id) from spec_item_revision r where r.project = t.project), 'SPEC-34 r1', 'Conveyor', 'Body',
       'Criterion', t.assignee, c.user_account, c.full_name, timestamp with time zone '2026-02-01 09:30:00+00',
       'Height off by 20 mm', true, '{"content":"exact"}',
       '0000000000000000000000000000000000000000000000000000000000000001'
from acceptance_task t join customer_contact c on c.id = t.assignee
where t.project = (select id from project where code = 'K7') and t.id = (select min(id) from acceptance_task where project = t.project);
insert into acceptance_defect (acceptance_record, position, title, description, step)
select id, 0, 'Infeed too high', 'Measured 1,070 mm', 0 from acceptance_record;
insert into acceptance_defect_change (acceptance_record, position, change_request, raised_by, raised_at)
select a.id, 0, (select min(id) from change_request where project = a.project), 'sofia.marin@kestrel.example',
       timestamp with time zone '2026-02-01 10:00:00+00'
from acceptance_record a;
insert into status_report (project_id, cadence, period_start, period_end, scope, schedule, cost, quality, narrative,
        author_id, author_name, published_at)
select p.id, 'MONTHLY', date '2026-01-01', date '2026-01-31', 'GREEN', 'AMBER', 'GREEN', 'GREEN', 'On track.',
       p.manager, 'Sofia Marin', timestamp with time zone '2026-02-02 08:00:00+00'
from project p where p.code = 'K7';
insert into status_report_risk (status_report, position, text) select id, 0, 'Film supplier late' from status_report;
insert into reporting_cadence (project_id, cadence, changed_by, changed_at)
select id, 'MONTHLY', 'ada.lindqvist@kestrel.example', timestamp with time zone '2026-01-01 08:00:00+00'
from project where code = 'K7';
insert into status_report_reminder (project_id, period_start, period_end, manager_id, reminded_at)
select id, date '2026-02-01', date '2026-02-28', manager, timestamp with time zone '2026-03-01 08:00:00+00'
from project where code = 'K7';
insert into meeting (project_id, kind, title, starts_at, duration_minutes, time_zone, place, virtual_link,
        gate_review_id, state, minutes, minutes_revision, organiser_id, organiser_name, ical_uid, created_at)
select p.id, 'GATE_REVIEW', 'Gate 3 review', timestamp with time zone '2026-01-10 09:00:00+00', 90, 'Europe/Berlin',
       'Room 2', null, (select min(id) from gate_review where project = p.id), 'SCHEDULED', 'We decided GO.', 3,
       p.manager, 'Sofia Marin', 'transfer-k7-gate3@kestrel.example', timestamp with time zone '2026-01-02 08:00:00+00'
from project p where p.code = 'K7';
insert into meeting_attendee (meeting, person_id, role, mode, response, responded_at)
select m.id, p.manager, 'ORGANISER', 'IN_PERSON', 'ACCEPTED', timestamp with time zone '2026-01-03 08:00:00+00'
from meeting m join project p on p.id = m.project_id;
insert into meeting_agenda_item (meeting, position, section, title, note, reference_kind, reference_id, generated)
select m.id, 0, 'AWAITING_DECISION', 'Washdown enclosure', null, 'CHANGE_REQUEST',
       (select min(id) from change_request where project = m.project_id), true
from meeting m;
insert into meeting_decision (meeting, position, subject_kind, subject_id, outcome, summary, decided_by, decided_at)
select m.id, 0, 'GATE_REVIEW', m.gate_review_id, 'GO', 'Go to development', 'Sofia Marin',
       timestamp with time zone '2026-01-10 10:30:00+00'
from meeting m;
insert into action_item (meeting_id, project_id, title, owner_id, due_on, state, created_by, created_at)
select m.id, m.project_id, 'Order the film feeder samples', m.organiser_id, date '2026-01-20', 'OPEN', 'Sofia Marin',
       timestamp with time zone '2026-01-10 10:40:00+00'
from meeting m;
insert into discussion_comment (target_kind, target_id, project_id, author, body, created_at)
select 'meeting', m.id, m.project_id, m.organiser_id, 'Minutes are up. @lena.vogt please check.',
       timestamp with time zone '2026-01-10 11:00:00+00'
from meeting m;
insert into discussion_mention (comment, person)
select c.id, (select id from person where email = 'lena.vogt@kestrel.example')
from discussion_comment c where c.target_kind = 'meeting';
insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, before_state, after_state)
select timestamp with time zone '2026-01-10 10:30:00+00', 'sofia.marin@kestrel.example', 'change-request',
       cast(min(id) as varchar(60)), 'SUBMITTED', '{"state":"DRAFT"}', '{"state":"SUBMITTED"}'
from change_request where project = (select id from project where code = 'K7');
insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, before_state, after_state)
select timestamp with time zone '2026-01-10 10:31:00+00', 'ada.lindqvist@kestrel.example', 'project',
       cast(id as varchar(60)), 'UPDATED', null, '{"code":"K7"}'
from project where code = 'K7';
insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, before_state, after_state)
select timestamp with time zone '2026-01-10 10:32:00+00', 'sofia.marin@kestrel.example', 'project-deliverable',
       cast(id as varchar(60)) || ':2:1', 'UPDATED', null, '{"status":"DONE"}'
from project where code = 'K7';
insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, before_state, after_state)
select timestamp with time zone '2026-01-10 10:33:00+00', 'sofia.marin@kestrel.example', 'meeting',
       cast(id as varchar(60)), 'CREATED', null, '{}'
from meeting;
-- about another project: never exported with K7
insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, before_state, after_state)
select timestamp with time zone '2026-01-10 10:34:00+00', 'felix.wagner@kestrel.example', 'project',
       cast(id as varchar(60)), 'UPDATED', null, '{"code":"SFF"}'
from project where code = 'SFF';
insert into lifecycle_interruption (project_lifecycle, interruption_index, source, reference, reason, started_at, ended_at)
select l.id, 0, 'CHANGE_REQUEST', 'CR-1', 'Emergency change', timestamp with time zone '2026-01-05 08:00:00+00',
       timestamp with time zone '2026-01-06 08:00:00+00'
from project_lifecycle l join project p on p.id = l.project where p.code = 'K7';
