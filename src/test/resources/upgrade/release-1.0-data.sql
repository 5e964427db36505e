-- The Kestrel Industrial demo organisation (see the story in SCENARIO.md): loaded once, on an empty
-- embedded H2 database only, by org.integrationgateway.demo.DemoDataLoader in one transaction.
--
-- Rows refer to each other by natural keys (names, codes, e-mails) through subselects, so no generated id
-- is assumed. Parameters supplied by the loader:
--   :password_hash  hash of the demo password, computed with the application's PasswordEncoder
--   :now            the load time
--   :start_minus_N / :start_plus_N  first day of the month N months before / after the current one
--   :end_minus_N / :end_plus_N      last day of that month
-- Dates are relative to the load date so that the demo always shows current and upcoming work.
--
-- Allocations keep every person at or below 100 % over any overlapping periods, and K7VIS deliberately
-- has no sales liaison so that the missing-liaison warning can be seen.

insert into department (name, kind) values ('Marketing', 'MARKETING');
insert into department (name, kind) values ('Sales', 'SALES');
insert into department (name, kind) values ('Engineering', 'ENGINEERING');
insert into department (name, kind) values ('PMO', 'PMO');
insert into department (name, kind) values ('Quality', 'QUALITY');
insert into department (name, kind) values ('Finance', 'OTHER');

insert into customer (name, industry, website) values ('Bellamy Foods', 'Food processing', 'https://bellamyfoods.example');
insert into customer (name, industry, website) values ('Orchid Pharma', 'Pharmaceuticals', 'https://orchidpharma.example');

-- Sign-in accounts. Staff accounts are linked to their person below, customer accounts to their contact.
insert into user_account (email, display_name, password_hash, enabled, customer_organisation, credentials_changed_at, created_at)
values ('admin@kestrel.example', 'Kestrel Admin', :password_hash, true, null, :now, :now);
insert into user_account (email, display_name, password_hash, enabled, customer_organisation, credentials_changed_at, created_at)
values ('ada.lindqvist@kestrel.example', 'Ada Lindqvist', :password_hash, true, null, :now, :now);
insert into user_account (email, display_name, password_hash, enabled, customer_organisation, credentials_changed_at, created_at)
values ('sofia.marin@kestrel.example', 'Sofia Marin', :password_hash, true, null, :now, :now);
insert into user_account (email, display_name, password_hash, enabled, customer_organisation, credentials_changed_at, created_at)
values ('priya.natarajan@kestrel.example', 'Priya Natarajan', :password_hash, true, null, :now, :now);
insert into user_account (email, display_name, password_hash, enabled, customer_organisation, credentials_changed_at, created_at)
values ('marco.ricci@kestrel.example', 'Marco Ricci', :password_hash, true, null, :now, :now);
insert into user_account (email, display_name, password_hash, enabled, customer_organisation, credentials_changed_at, created_at)
values ('lena.vogt@kestrel.example', 'Lena Vogt', :password_hash, true, null, :now, :now);
insert into user_account (email, display_name, password_hash, enabled, customer_organisation, credentials_changed_at, created_at)
values ('tom.achebe@kestrel.example', 'Tom Achebe', :password_hash, true, null, :now, :now);
insert into user_account (email, display_name, password_hash, enabled, customer_organisation, credentials_changed_at, created_at)
values ('ines.duarte@kestrel.example', 'Ines Duarte', :password_hash, true, null, :now, :now);
insert into user_account (email, display_name, password_hash, enabled, customer_organisation, credentials_changed_at, created_at)
values ('hannah.bellamy@bellamyfoods.example', 'Hannah Bellamy', :password_hash, true,
        (select id from customer where name = 'Bellamy Foods'), :now, :now);
insert into user_account (email, display_name, password_hash, enabled, customer_organisation, credentials_changed_at, created_at)
values ('victor.osei@orchidpharma.example', 'Victor Osei', :password_hash, true,
        (select id from customer where name = 'Orchid Pharma'), :now, :now);

insert into user_role (user_account, role)
select id, 'ADMINISTRATOR' from user_account where email = 'admin@kestrel.example';
insert into user_role (user_account, role)
select id, 'PMO' from user_account where email = 'ada.lindqvist@kestrel.example';
insert into user_role (user_account, role)
select id, 'STAFF' from user_account where email in ('sofia.marin@kestrel.example', 'priya.natarajan@kestrel.example',
    'marco.ricci@kestrel.example', 'lena.vogt@kestrel.example', 'tom.achebe@kestrel.example', 'ines.duarte@kestrel.example');
insert into user_role (user_account, role)
select id, 'CUSTOMER_CONTACT' from user_account where customer_organisation is not null
    and email in ('hannah.bellamy@bellamyfoods.example', 'victor.osei@orchidpharma.example');

-- People, by department.
insert into person (full_name, email, department, title)
values ('Priya Natarajan', 'priya.natarajan@kestrel.example', (select id from department where name = 'Marketing'), 'Product Marketing Manager');
insert into person (full_name, email, department, title)
values ('Elise Fontaine', 'elise.fontaine@kestrel.example', (select id from department where name = 'Marketing'), 'Market Research Analyst');
insert into person (full_name, email, department, title)
values ('Lucas Moreau', 'lucas.moreau@kestrel.example', (select id from department where name = 'Marketing'), 'Marketing Communications Specialist');

insert into person (full_name, email, department, title)
values ('Marco Ricci', 'marco.ricci@kestrel.example', (select id from department where name = 'Sales'), 'Key Account Manager');
insert into person (full_name, email, department, title)
values ('Grace Mensah', 'grace.mensah@kestrel.example', (select id from department where name = 'Sales'), 'Sales Engineer');
insert into person (full_name, email, department, title)
values ('Daniel Okafor', 'daniel.okafor@kestrel.example', (select id from department where name = 'Sales'), 'Regional Sales Manager');
insert into person (full_name, email, department, title)
values ('Nadia Rahman', 'nadia.rahman@kestrel.example', (select id from department where name = 'Sales'), 'Inside Sales Representative');

insert into person (full_name, email, department, title)
values ('Tom Achebe', 'tom.achebe@kestrel.example', (select id from department where name = 'Engineering'), 'Engineering Manager');
insert into person (full_name, email, department, title)
values ('Lena Vogt', 'lena.vogt@kestrel.example', (select id from department where name = 'Engineering'), 'Senior Mechanical Engineer');
insert into person (full_name, email, department, title)
values ('Jonas Berg', 'jonas.berg@kestrel.example', (select id from department where name = 'Engineering'), 'Controls Engineer');
insert into person (full_name, email, department, title)
values ('Mei Tanaka', 'mei.tanaka@kestrel.example', (select id from department where name = 'Engineering'), 'Vision Systems Engineer');
insert into person (full_name, email, department, title)
values ('Rafael Costa', 'rafael.costa@kestrel.example', (select id from department where name = 'Engineering'), 'Industrial Designer');
insert into person (full_name, email, department, title)
values ('Anya Petrova', 'anya.petrova@kestrel.example', (select id from department where name = 'Engineering'), 'Software Engineer');
insert into person (full_name, email, department, title)
values ('Omar Haddad', 'omar.haddad@kestrel.example', (select id from department where name = 'Engineering'), 'Electrical Engineer');

insert into person (full_name, email, department, title)
values ('Ada Lindqvist', 'ada.lindqvist@kestrel.example', (select id from department where name = 'PMO'), 'Portfolio Lead');
insert into person (full_name, email, department, title)
values ('Sofia Marin', 'sofia.marin@kestrel.example', (select id from department where name = 'PMO'), 'Senior Project Manager');
insert into person (full_name, email, department, title)
values ('Felix Wagner', 'felix.wagner@kestrel.example', (select id from department where name = 'PMO'), 'Project Manager');

insert into person (full_name, email, department, title)
values ('Ines Duarte', 'ines.duarte@kestrel.example', (select id from department where name = 'Quality'), 'Quality Manager');
insert into person (full_name, email, department, title)
values ('Kwame Asante', 'kwame.asante@kestrel.example', (select id from department where name = 'Quality'), 'Validation Engineer');
insert into person (full_name, email, department, title)
values ('Sara Lindgren', 'sara.lindgren@kestrel.example', (select id from department where name = 'Quality'), 'Quality Engineer');

insert into person (full_name, email, department, title)
values ('Henrik Dahl', 'henrik.dahl@kestrel.example', (select id from department where name = 'Finance'), 'Financial Controller');

-- Customer contacts.
insert into customer_contact (customer, full_name, email, phone, job_title)
values ((select id from customer where name = 'Bellamy Foods'), 'Hannah Bellamy', 'hannah.bellamy@bellamyfoods.example', '+44 20 7946 0101', 'Plant Manager');
insert into customer_contact (customer, full_name, email, phone, job_title)
values ((select id from customer where name = 'Bellamy Foods'), 'Peter Lang', 'peter.lang@bellamyfoods.example', '+44 20 7946 0144', 'Maintenance Lead');
insert into customer_contact (customer, full_name, email, phone, job_title)
values ((select id from customer where name = 'Orchid Pharma'), 'Victor Osei', 'victor.osei@orchidpharma.example', '+41 61 555 0170', 'Validation Lead');
insert into customer_contact (customer, full_name, email, phone, job_title)
values ((select id from customer where name = 'Orchid Pharma'), 'Clara Jensen', 'clara.jensen@orchidpharma.example', '+41 61 555 0182', 'Procurement Manager');

-- Link people and contacts to the account with their e-mail.
update person set user_account = (select u.id from user_account u where u.email = person.email)
where email in (select email from user_account);
update customer_contact set user_account = (select u.id from user_account u where u.email = customer_contact.email)
where email in (select email from user_account);

-- Programs and projects.
insert into program (code, name, description)
values ('KSER', 'K-Series Packaging Lines', 'The K-Series family of packaging lines, their options and retrofit kits.');
insert into program (code, name, description)
values ('VISN', 'Vision & Inspection', 'Camera-based inspection modules for the K-Series and for lines already installed at customers.');

insert into project (code, name, description, program, manager, status, start_date, end_date)
values ('K7', 'K7 Packaging Line',
        'New-generation packaging line for food and pharma customers, now in the Development stage.',
        (select id from program where code = 'KSER'), (select id from person where email = 'sofia.marin@kestrel.example'),
        'ACTIVE', :start_minus_3, :end_plus_8);
insert into project (code, name, description, program, manager, status, start_date, end_date)
values ('K7VIS', 'K7 Vision Inspection Module',
        'Inline seal and label inspection for the K7, in the Scoping stage.',
        (select id from program where code = 'VISN'), (select id from person where email = 'sofia.marin@kestrel.example'),
        'ACTIVE', :start_minus_1, :end_plus_7);
insert into project (code, name, description, program, manager, status, start_date, end_date)
values ('K5RK', 'K5 Retrofit Kit',
        'Upgrade kit bringing installed K5 lines to current safety and speed, in the Launch stage.',
        (select id from program where code = 'KSER'), (select id from person where email = 'felix.wagner@kestrel.example'),
        'ACTIVE', :start_minus_8, :end_plus_1);
insert into project (code, name, description, program, manager, status, start_date, end_date)
values ('SFF', 'Servo Film Feeder Option',
        'Servo-driven film feeder, now a standard catalogue option of the K-Series.',
        (select id from program where code = 'KSER'), (select id from person where email = 'felix.wagner@kestrel.example'),
        'COMPLETED', :start_minus_14, :end_minus_5);
insert into project (code, name, description, program, manager, status, start_date, end_date)
values ('LBLV', 'Label Verification Retrofit',
        'Camera-based label verification for installed lines; proposed for next quarter.',
        (select id from program where code = 'VISN'), (select id from person where email = 'felix.wagner@kestrel.example'),
        'PROPOSED', :start_plus_3, :end_plus_8);

-- Matrix assignments. Highest loads: Sofia 80 %, Lena 80 %, Mei 90 %, Felix 70 %.
insert into matrix_assignment (project, person, project_role, allocation_percent, start_date, end_date)
select p.id, pe.id, a.role, a.pct, :start_minus_3, :end_plus_8
from project p, person pe, (
    select 'sofia.marin@kestrel.example' as email, 'PROJECT_MANAGER' as role, 50 as pct
    union all select 'lena.vogt@kestrel.example', 'ENGINEER', 60
    union all select 'jonas.berg@kestrel.example', 'ENGINEER', 50
    union all select 'rafael.costa@kestrel.example', 'DESIGNER', 40
    union all select 'tom.achebe@kestrel.example', 'GATEKEEPER', 10
    union all select 'ines.duarte@kestrel.example', 'QUALITY', 30
    union all select 'ines.duarte@kestrel.example', 'GATEKEEPER', 10
    union all select 'priya.natarajan@kestrel.example', 'MARKETING_LIAISON', 20
    union all select 'marco.ricci@kestrel.example', 'SALES_LIAISON', 20
) a
where p.code = 'K7' and pe.email = a.email;

insert into matrix_assignment (project, person, project_role, allocation_percent, start_date, end_date)
select p.id, pe.id, a.role, a.pct, :start_minus_1, :end_plus_7
from project p, person pe, (
    select 'sofia.marin@kestrel.example' as email, 'PROJECT_MANAGER' as role, 30 as pct
    union all select 'mei.tanaka@kestrel.example', 'ENGINEER', 70
    union all select 'anya.petrova@kestrel.example', 'ENGINEER', 40
    union all select 'tom.achebe@kestrel.example', 'GATEKEEPER', 10
    union all select 'kwame.asante@kestrel.example', 'QUALITY', 20
    union all select 'elise.fontaine@kestrel.example', 'MARKETING_LIAISON', 30
) a
where p.code = 'K7VIS' and pe.email = a.email;

insert into matrix_assignment (project, person, project_role, allocation_percent, start_date, end_date)
select p.id, pe.id, a.role, a.pct, :start_minus_8, :end_plus_1
from project p, person pe, (
    select 'felix.wagner@kestrel.example' as email, 'PROJECT_MANAGER' as role, 40 as pct
    union all select 'omar.haddad@kestrel.example', 'ENGINEER', 50
    union all select 'lena.vogt@kestrel.example', 'ENGINEER', 20
    union all select 'sara.lindgren@kestrel.example', 'QUALITY', 40
    union all select 'ines.duarte@kestrel.example', 'GATEKEEPER', 10
    union all select 'priya.natarajan@kestrel.example', 'MARKETING_LIAISON', 10
    union all select 'daniel.okafor@kestrel.example', 'SALES_LIAISON', 30
) a
where p.code = 'K5RK' and pe.email = a.email;

insert into matrix_assignment (project, person, project_role, allocation_percent, start_date, end_date)
select p.id, pe.id, a.role, a.pct, :start_minus_14, :end_minus_5
from project p, person pe, (
    select 'felix.wagner@kestrel.example' as email, 'PROJECT_MANAGER' as role, 30 as pct
    union all select 'jonas.berg@kestrel.example', 'ENGINEER', 60
    union all select 'sara.lindgren@kestrel.example', 'QUALITY', 20
    union all select 'lucas.moreau@kestrel.example', 'MARKETING_LIAISON', 20
    union all select 'grace.mensah@kestrel.example', 'SALES_LIAISON', 20
) a
where p.code = 'SFF' and pe.email = a.email;

insert into matrix_assignment (project, person, project_role, allocation_percent, start_date, end_date)
select p.id, pe.id, a.role, a.pct, :start_plus_3, :end_plus_8
from project p, person pe, (
    select 'felix.wagner@kestrel.example' as email, 'PROJECT_MANAGER' as role, 20 as pct
    union all select 'mei.tanaka@kestrel.example', 'ENGINEER', 20
    union all select 'kwame.asante@kestrel.example', 'QUALITY', 20
    union all select 'elise.fontaine@kestrel.example', 'MARKETING_LIAISON', 20
    union all select 'nadia.rahman@kestrel.example', 'SALES_LIAISON', 20
) a
where p.code = 'LBLV' and pe.email = a.email;

-- Stage-gate lifecycles on the standard template (migration V1_5_2): K7 in Development, K7VIS in Scoping,
-- K5RK in Launch, SFF completed, LBLV not started yet. Deliverables of passed stages are done.
insert into project_lifecycle (project, process_template, current_stage, state, started_at, ended_at)
select p.id, t.id, v.stage, v.state, :now, case when v.state = 'COMPLETED' then cast(:now as timestamp with time zone) end
from project p, process_template t, (
    select 'K7' as code, 3 as stage, 'ACTIVE' as state
    union all select 'K7VIS', 1, 'ACTIVE'
    union all select 'K5RK', 5, 'ACTIVE'
    union all select 'SFF', 5, 'COMPLETED'
) v
where p.code = v.code and t.code = 'STANDARD' and t.revision = 1;

insert into lifecycle_deliverable (project_lifecycle, stage_index, deliverable_index, status, updated_at)
select l.id, s.stage_index, d.deliverable_index,
       case when s.stage_index < l.current_stage or l.state = 'COMPLETED' then 'DONE' else 'OPEN' end, :now
from project_lifecycle l
join template_stage s on s.process_template = l.process_template
join stage_deliverable d on d.template_stage = s.id;

update lifecycle_deliverable set status = 'IN_PROGRESS', link = 'https://wiki.kestrel.example/k7/prototype'
where project_lifecycle = (select l.id from project_lifecycle l join project p on p.id = l.project where p.code = 'K7')
  and stage_index = 3 and deliverable_index = 0;

-- K7's three passed gates, chaired by Tom Achebe with Ines Duarte.
insert into gate_review (project, project_lifecycle, stage_index, scheduled_on, chair, state, scheduled_at)
select l.project, l.id, v.stage, v.held_on, (select id from person where email = 'tom.achebe@kestrel.example'),
       'DECIDED', :now
from project_lifecycle l join project p on p.id = l.project, (
    select 0 as stage, cast(:start_minus_3 as date) as held_on
    union all select 1, cast(:start_minus_2 as date)
    union all select 2, cast(:start_minus_1 as date)
) v
where p.code = 'K7';

insert into review_gatekeeper (gate_review, person)
select r.id, pe.id
from gate_review r join project p on p.id = r.project, person pe
where p.code = 'K7' and pe.email in ('tom.achebe@kestrel.example', 'ines.duarte@kestrel.example');

insert into gate_decision (gate_review, project, process_template, stage_index, decision, rationale, gate_passed,
                           decided_by, decided_at)
select r.id, r.project, l.process_template, r.stage_index, 'GO', v.rationale, true, 'tom.achebe@kestrel.example', :now
from gate_review r join project_lifecycle l on l.id = r.project_lifecycle join project p on p.id = r.project, (
    select 0 as stage, 'Clear demand from food and pharma customers; marketing and sales are on board.' as rationale
    union all select 1, 'Market and technical assessments confirm the opportunity.'
    union all select 2, 'Business case pays back within two years; plan and team agreed.'
) v
where p.code = 'K7' and r.stage_index = v.stage;

-- Change control on K7: the delegated envelope and board of the story, and three change requests: Priya's IP69K
-- enclosure (normal, assessed by Lena, awaiting the board's decision at "Testing and validation", stage 4), a
-- customer wish the board rejected, and the conveyor-height customisation of Marco's Bellamy quote, which Lena assessed
-- (EUR 1,200, +3 days) and the delegated envelope approved at once (Wednesday). Its source is set once the quote exists.
insert into change_envelope (project, revision, max_cost, currency, max_schedule_days, changed_at, changed_by, version)
select id, 1, 5000.00, 'EUR', 5, :now, 'sofia.marin@kestrel.example', 0 from project where code = 'K7';
insert into change_envelope_category (change_envelope, category)
select e.id, c.category from change_envelope e join project p on p.id = e.project,
    (select 'option' as category union all select 'mechanical') c
where p.code = 'K7';

insert into change_board (project, rule, quorum, approver, standard_amount, standard_unit, normal_amount, normal_unit,
                          emergency_amount, emergency_unit, changed_at, changed_by, version)
select id, 'MAJORITY', 2, null, 1, 'WORKING_DAYS', 5, 'WORKING_DAYS', 4, 'HOURS', :now, 'sofia.marin@kestrel.example', 0
from project where code = 'K7';
insert into change_board_member (change_board, person)
select b.id, pe.id from change_board b join project p on p.id = b.project, person pe
where p.code = 'K7' and pe.email in ('sofia.marin@kestrel.example', 'tom.achebe@kestrel.example', 'ines.duarte@kestrel.example');

insert into change_request (project, title, description, origin, source_kind, source_reference, source_label, requester,
                            requester_name, priority, change_class, requested_class, target_stage, target_gate_name, state,
                            impact_cost_delta, impact_currency, impact_schedule_delta_days, impact_risk, impact_risk_note,
                            impact_assessed_by, impact_assessed_by_name, impact_assessed_at, raised_at, submitted_at,
                            decision_round, version)
select p.id, 'Washdown-rated enclosure (IP69K)',
       '9 of 12 plant managers in the food segment need washdown-rated enclosures (IP69K); confidence high. SPEC-14 "Enclosure rated IP65" contradicts the finding. Agreed in the weekly status meeting: upgrade the enclosure.',
       'MARKET_RESEARCH', 'RESEARCH_FINDING', 'finding-food-washdown', 'Food segment interviews: washdown enclosures',
       pr.id, pr.full_name, 'HIGH', 'NORMAL', 'NORMAL', 4,
       (select s.gate_name from template_stage s join process_template t on t.id = s.process_template
        where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 4),
       'AWAITING_DECISION', 9800.00, 'EUR', 8, 'MEDIUM', 'New seals and stainless fasteners; ingress test to be repeated.',
       le.id, le.full_name, cast(:now as timestamp with time zone) - interval '1' day,
       cast(:now as timestamp with time zone) - interval '3' day, cast(:now as timestamp with time zone) - interval '3' day,
       0, 0
from project p, person pr, person le
where p.code = 'K7' and pr.email = 'priya.natarajan@kestrel.example' and le.email = 'lena.vogt@kestrel.example';

insert into change_request (project, title, description, origin, source_kind, source_reference, source_label, requester,
                            requester_name, priority, change_class, requested_class, target_stage, target_gate_name, state,
                            impact_cost_delta, impact_currency, impact_schedule_delta_days, impact_risk, impact_risk_note,
                            impact_assessed_by, impact_assessed_by_name, impact_assessed_at, raised_at, submitted_at,
                            decision, decision_forum, decided_by, decided_at, decision_round, version)
select p.id, 'Operator panel in customer colours',
       'Orchid Pharma asked for the operator panel housing in their corporate colours on every line they order.',
       'CUSTOMER', 'CUSTOMER_REQUEST', 'orchid-panel-colours', 'Orchid Pharma: panel colours', mr.id, mr.full_name,
       'LOW', 'NORMAL', 'STANDARD', 3,
       (select s.gate_name from template_stage s join process_template t on t.id = s.process_template
        where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 3),
       'REJECTED', 12000.00, 'EUR', 10, 'LOW', null,
       le.id, le.full_name, cast(:now as timestamp with time zone) - interval '9' day,
       cast(:now as timestamp with time zone) - interval '12' day, cast(:now as timestamp with time zone) - interval '12' day,
       'REJECT', 'BOARD', to_.full_name, cast(:now as timestamp with time zone) - interval '8' day, 0, 0
from project p, person mr, person le, person to_
where p.code = 'K7' and mr.email = 'marco.ricci@kestrel.example' and le.email = 'lena.vogt@kestrel.example'
  and to_.email = 'tom.achebe@kestrel.example';

insert into change_request (project, title, description, origin, source_kind, source_reference, source_label, requester,
                            requester_name, priority, change_class, requested_class, target_stage, target_gate_name, state,
                            revenue_at_stake, revenue_currency, impact_cost_delta, impact_currency,
                            impact_schedule_delta_days, impact_risk, impact_assessed_by, impact_assessed_by_name,
                            impact_assessed_at, raised_at, submitted_at, decision, decision_forum, envelope_revision,
                            decided_by, decided_at, decision_round, version)
select p.id, 'Conveyor height 1,050 mm instead of 900 mm',
       'Bellamy Foods needs the infeed conveyor at 1,050 mm to match their existing line.',
       'SALES', 'QUOTE_LINE', null, null, mr.id, mr.full_name,
       'HIGH', 'STANDARD', 'STANDARD', 3,
       (select s.gate_name from template_stage s join process_template t on t.id = s.process_template
        where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 3),
       'APPROVED', 48000.00, 'EUR', 1200.00, 'EUR', 3, 'LOW', le.id, le.full_name,
       cast(:now as timestamp with time zone) - interval '117' minute,
       cast(:now as timestamp with time zone) - interval '120' minute,
       cast(:now as timestamp with time zone) - interval '120' minute, 'APPROVE', 'ENVELOPE', 1,
       'Delegated envelope r1', cast(:now as timestamp with time zone) - interval '116' minute, 0, 0
from project p, person mr, person le
where p.code = 'K7' and mr.email = 'marco.ricci@kestrel.example' and le.email = 'lena.vogt@kestrel.example';

-- Thursday: Orchid Pharma's 316L customisation from Marco's Orchid quote, outside the envelope (EUR 18,000, +15 days),
-- so a normal change before the board with its 5-day target.
insert into change_request (project, title, description, origin, source_kind, source_reference, source_label, requester,
                            requester_name, priority, change_class, requested_class, target_stage, target_gate_name, state,
                            revenue_at_stake, revenue_currency, impact_cost_delta, impact_currency,
                            impact_schedule_delta_days, impact_risk, impact_risk_note, impact_assessed_by,
                            impact_assessed_by_name, impact_assessed_at, raised_at, submitted_at, decision_round, version)
select p.id, '316L stainless contact parts',
       'Orchid Pharma needs every part touching the product in 316L stainless steel for their sterile packs.',
       'SALES', 'QUOTE_LINE', null, null, mr.id, mr.full_name,
       'HIGH', 'NORMAL', 'STANDARD', 4,
       (select s.gate_name from template_stage s join process_template t on t.id = s.process_template
        where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 4),
       'AWAITING_DECISION', 110000.00, 'EUR', 18000.00, 'EUR', 15, 'MEDIUM',
       'New supplier for 316L parts; passivation to be validated.', le.id, le.full_name,
       cast(:now as timestamp with time zone) - interval '65' minute,
       cast(:now as timestamp with time zone) - interval '180' minute,
       cast(:now as timestamp with time zone) - interval '180' minute, 0, 0
from project p, person mr, person le
where p.code = 'K7' and mr.email = 'marco.ricci@kestrel.example' and le.email = 'lena.vogt@kestrel.example';

insert into change_request_item (change_request, position, item_key, category)
select cr.id, 0, v.item_key, 'mechanical'
from change_request cr join project p on p.id = cr.project, (
    select 'Washdown-rated enclosure (IP69K)' as title, 'SPEC-14' as item_key
    union all select 'Operator panel in customer colours', 'SPEC-31'
    union all select 'Conveyor height 1,050 mm instead of 900 mm', 'SPEC-22'
    union all select '316L stainless contact parts', 'SPEC-22'
) v
where p.code = 'K7' and cr.title = v.title;

insert into change_request_link (change_request, position, label, url)
select cr.id, 0, 'Interview summary', 'https://wiki.kestrel.example/research/food-washdown'
from change_request cr join project p on p.id = cr.project
where p.code = 'K7' and cr.title = 'Washdown-rated enclosure (IP69K)';

-- Timelines consistent with the states above: who did what, when, from which state to which.
insert into change_request_transition (change_request, position, action, from_state, to_state, actor_person, actor_name,
                                       occurred_at, comment)
select cr.id, v.position, v.action, v.from_state, v.to_state, pe.id, pe.full_name,
       cast(:now as timestamp with time zone) - v.ago, v.comment
from change_request cr join project p on p.id = cr.project, person pe, (
    select 'Washdown-rated enclosure (IP69K)' as title, 0 as position, 'RAISE' as action, cast(null as varchar(20)) as from_state,
           'DRAFT' as to_state, 'priya.natarajan@kestrel.example' as email, interval '73' hour as ago, cast(null as varchar(200)) as comment
    union all select 'Washdown-rated enclosure (IP69K)', 1, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'priya.natarajan@kestrel.example',
           interval '72' hour, 'Raised as agreed in the weekly status meeting.'
    union all select 'Washdown-rated enclosure (IP69K)', 2, 'START_ASSESSMENT', 'SUBMITTED', 'UNDER_ASSESSMENT',
           'lena.vogt@kestrel.example', interval '48' hour, null
    union all select 'Washdown-rated enclosure (IP69K)', 3, 'ASSESS', 'UNDER_ASSESSMENT', 'UNDER_ASSESSMENT',
           'lena.vogt@kestrel.example', interval '24' hour, 'New seals and stainless fasteners; ingress test to be repeated.'
    union all select 'Washdown-rated enclosure (IP69K)', 4, 'COMPLETE_ASSESSMENT', 'UNDER_ASSESSMENT', 'AWAITING_DECISION',
           'lena.vogt@kestrel.example', interval '23' hour, 'Outside the envelope: for the board.'
    union all select 'Operator panel in customer colours', 0, 'RAISE', null, 'DRAFT', 'marco.ricci@kestrel.example',
           interval '289' hour, null
    union all select 'Operator panel in customer colours', 1, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'marco.ricci@kestrel.example',
           interval '288' hour, null
    union all select 'Operator panel in customer colours', 2, 'START_ASSESSMENT', 'SUBMITTED', 'UNDER_ASSESSMENT',
           'lena.vogt@kestrel.example', interval '240' hour, null
    union all select 'Operator panel in customer colours', 3, 'ASSESS', 'UNDER_ASSESSMENT', 'UNDER_ASSESSMENT',
           'lena.vogt@kestrel.example', interval '216' hour, null
    union all select 'Operator panel in customer colours', 4, 'COMPLETE_ASSESSMENT', 'UNDER_ASSESSMENT', 'AWAITING_DECISION',
           'lena.vogt@kestrel.example', interval '215' hour, null
    union all select 'Operator panel in customer colours', 6, 'DECIDE_REJECT', 'AWAITING_DECISION', 'REJECTED',
           'tom.achebe@kestrel.example', interval '192' hour, 'Board vote: 2 reject of 3 members.'
) v
where p.code = 'K7' and cr.title = v.title and pe.email = v.email;

-- The two customisations' timelines, to the minute; the envelope's approval and reclassification are by no person.
insert into change_request_transition (change_request, position, action, from_state, to_state, actor_person, actor_name,
                                       occurred_at, comment)
select cr.id, v.position, v.action, v.from_state, v.to_state, pe.id, pe.full_name,
       cast(:now as timestamp with time zone) - v.ago, v.comment
from change_request cr join project p on p.id = cr.project, person pe, (
    select 'Conveyor height 1,050 mm instead of 900 mm' as title, 0 as position, 'RAISE' as action,
           cast(null as varchar(20)) as from_state, 'DRAFT' as to_state, 'marco.ricci@kestrel.example' as email,
           interval '120' minute as ago, cast(null as varchar(200)) as comment
    union all select 'Conveyor height 1,050 mm instead of 900 mm', 1, 'SUBMIT', 'DRAFT', 'SUBMITTED',
           'marco.ricci@kestrel.example', interval '120' minute, null
    union all select 'Conveyor height 1,050 mm instead of 900 mm', 2, 'START_ASSESSMENT', 'SUBMITTED', 'UNDER_ASSESSMENT',
           'lena.vogt@kestrel.example', interval '118' minute, null
    union all select 'Conveyor height 1,050 mm instead of 900 mm', 3, 'ASSESS', 'UNDER_ASSESSMENT', 'UNDER_ASSESSMENT',
           'lena.vogt@kestrel.example', interval '117' minute, 'Longer frame legs; SPEC-22 for Bellamy only.'
    union all select 'Conveyor height 1,050 mm instead of 900 mm', 4, 'COMPLETE_ASSESSMENT', 'UNDER_ASSESSMENT',
           'AWAITING_DECISION', 'lena.vogt@kestrel.example', interval '116' minute, null
    union all select '316L stainless contact parts', 0, 'RAISE', null, 'DRAFT', 'marco.ricci@kestrel.example',
           interval '180' minute, null
    union all select '316L stainless contact parts', 1, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'marco.ricci@kestrel.example',
           interval '180' minute, null
    union all select '316L stainless contact parts', 2, 'START_ASSESSMENT', 'SUBMITTED', 'UNDER_ASSESSMENT',
           'lena.vogt@kestrel.example', interval '100' minute, null
    union all select '316L stainless contact parts', 3, 'ASSESS', 'UNDER_ASSESSMENT', 'UNDER_ASSESSMENT',
           'lena.vogt@kestrel.example', interval '65' minute, 'New supplier for 316L parts; passivation to be validated.'
    union all select '316L stainless contact parts', 4, 'COMPLETE_ASSESSMENT', 'UNDER_ASSESSMENT', 'AWAITING_DECISION',
           'lena.vogt@kestrel.example', interval '64' minute, null
) v
where p.code = 'K7' and cr.title = v.title and pe.email = v.email;

insert into change_request_transition (change_request, position, action, from_state, to_state, actor_person, actor_name,
                                       occurred_at, comment)
select cr.id, 5, v.action, 'AWAITING_DECISION', v.to_state, null, v.actor, cast(:now as timestamp with time zone) - v.ago,
       v.comment
from change_request cr join project p on p.id = cr.project, (
    select 'Conveyor height 1,050 mm instead of 900 mm' as title, 'DECIDE_APPROVE' as action, 'APPROVED' as to_state,
           'Delegated envelope r1' as actor, interval '116' minute as ago,
           'Inside the delegated envelope (revision 1).' as comment
    union all select '316L stainless contact parts', 'RECLASSIFY', 'AWAITING_DECISION', 'Delegated envelope',
           interval '64' minute,
           'Outside the delegated envelope, so a normal change for the board: cost 18000.00 EUR exceeds 5000.00 EUR; schedule 15 days exceeds 5 days.'
) v
where p.code = 'K7' and cr.title = v.title;

-- The "Outside the envelope" reclassification of the customer wish, by the envelope policy (no person).
insert into change_request_transition (change_request, position, action, from_state, to_state, actor_person, actor_name,
                                       occurred_at, comment)
select cr.id, 5, 'RECLASSIFY', 'AWAITING_DECISION', 'AWAITING_DECISION', null, 'Delegated envelope',
       cast(:now as timestamp with time zone) - interval '215' hour,
       'Outside the delegated envelope, so a normal change for the board: cost 12000.00 EUR exceeds 5000.00 EUR.'
from change_request cr join project p on p.id = cr.project
where p.code = 'K7' and cr.title = 'Operator panel in customer colours';

insert into change_request_vote (change_request, round, person, person_name, choice, defer_to_stage, comment, cast_at)
select cr.id, 0, pe.id, pe.full_name, 'REJECT', null, v.comment, cast(:now as timestamp with time zone) - v.ago
from change_request cr join project p on p.id = cr.project, person pe, (
    select 'sofia.marin@kestrel.example' as email, 'Cosmetic; offer it as a paid customisation instead.' as comment,
           interval '200' hour as ago
    union all select 'tom.achebe@kestrel.example', null, interval '192' hour
) v
where p.code = 'K7' and cr.title = 'Operator panel in customer colours' and pe.email = v.email;

-- K7's design specification: items in several categories, numbered with gaps as items were retired before the
-- demo starts. SPEC-22 was revised once before the GO at Gate 3 froze baseline B1 (the review of stage 2); the
-- servo film feeder option came later and is in B2, frozen by hand for Bellamy Foods' quote; the label
-- printer-applicator is a draft after B2, so it is still edited directly. Orchid Pharma's variant overrides the
-- operator panel on B2 (the paid customisation the board suggested instead of a change). K7VIS has two draft items.
insert into spec_item (project, number, item_key, title, category, priority, status, current_revision, created_at,
                       revised_at, version)
select p.id, v.num, 'SPEC-' || v.num, v.title, v.category, v.priority, v.status, v.revs,
       cast(:start_minus_2 as timestamp with time zone) + v.created, cast(:start_minus_2 as timestamp with time zone) + v.revised, 0
from project p, (
    select 3 as num, 'Throughput 120 packs per minute' as title, 'requirement' as category, 'MUST' as priority,
           'APPROVED' as status, 1 as revs, interval '2' day as created, interval '2' day as revised
    union all select 7, 'Servo-driven film transport', 'design decision', 'SHOULD', 'APPROVED', 1, interval '2' day, interval '2' day
    union all select 14, 'Enclosure rated IP65', 'mechanical', 'MUST', 'APPROVED', 1, interval '3' day, interval '3' day
    union all select 22, 'Conveyor frame', 'mechanical', 'MUST', 'APPROVED', 2, interval '3' day, interval '12' day
    union all select 31, 'Operator panel housing', 'mechanical', 'SHOULD', 'APPROVED', 1, interval '4' day, interval '4' day
    union all select 34, 'K7 base line', 'option', 'MUST', 'APPROVED', 1, interval '36' day, interval '36' day
    union all select 35, 'Servo film feeder', 'option', 'COULD', 'APPROVED', 1, interval '36' day, interval '36' day
) v
where p.code = 'K7';

insert into spec_item (project, number, item_key, title, category, priority, status, current_revision, created_at,
                       revised_at, version)
select p.id, 36, 'SPEC-36', 'Label printer-applicator', 'option', 'COULD', 'DRAFT', 1,
       cast(:now as timestamp with time zone) - interval '2' day, cast(:now as timestamp with time zone) - interval '2' day, 0
from project p where p.code = 'K7';

insert into spec_item (project, number, item_key, title, category, priority, status, current_revision, created_at,
                       revised_at, version)
select p.id, v.num, 'SPEC-' || v.num, v.title, v.category, 'MUST', 'DRAFT', 1,
       cast(:now as timestamp with time zone) - interval '6' day, cast(:now as timestamp with time zone) - interval '6' day, 0
from project p, (
    select 1 as num, 'Seal inspection at line speed' as title, 'requirement' as category
    union all select 2, 'Camera housing', 'mechanical'
) v
where p.code = 'K7VIS';

insert into spec_item_revision (spec_item, project, item_key, revision, title, body, category, priority,
                                acceptance_criterion, status, option_price, option_currency, lead_time_days, author,
                                author_name, revised_at, reason)
select i.id, i.project, i.item_key, v.rev, v.title, v.body, i.category, i.priority, v.acceptance, v.status, v.price,
       v.currency, v.lead, pe.id, pe.full_name, coalesce(i.revised_at, i.created_at) - v.before_current, v.reason
from spec_item i join project p on p.id = i.project, person pe, (
    select 'K7' as code, 'SPEC-3' as item_key, 1 as rev, 'Throughput 120 packs per minute' as title,
           'The line packs **120 packs per minute** of the reference product (250 g pouch) at steady state.

- Start-up to full speed within 2 minutes
- No more than 0.5 % rejects at full speed' as body,
           '120 packs/min sustained over a 4-hour run, rejects at most 0.5 %.' as acceptance, 'APPROVED' as status,
           cast(null as numeric(14, 2)) as price, cast(null as varchar(3)) as currency, cast(null as integer) as lead,
           'lena.vogt@kestrel.example' as email, interval '0' day as before_current, 'Target agreed in the business case.' as reason
    union all select 'K7', 'SPEC-7', 1, 'Servo-driven film transport',
           'Film is pulled by **servo motors** instead of a mechanical clutch, so that film changes need no tools and the pack length can be set on the panel.',
           'Pack length changed on the panel in under one minute.', 'APPROVED', null, null, null,
           'jonas.berg@kestrel.example', interval '0' day, 'Design review: servo transport chosen over clutch.'
    union all select 'K7', 'SPEC-14', 1, 'Enclosure rated IP65',
           'The machine enclosure is rated **IP65** (dust-tight, protected against water jets) to IEC 60529.

Doors close on continuous gaskets; cable entries use rated glands.',
           'Ingress test to IEC 60529 IP65 passed.', 'APPROVED', null, null, null,
           'lena.vogt@kestrel.example', interval '0' day, 'Enclosure rating for food plants, as specified in the product definition.'
    union all select 'K7', 'SPEC-22', 1, 'Conveyor frame',
           'Powder-coated steel frame; conveyor height **850 mm** from the floor, adjustable by 20 mm.',
           'Conveyor height measured at 850 mm, +/- 20 mm.', 'DRAFT', null, null, null,
           'lena.vogt@kestrel.example', interval '9' day, 'First design of the infeed conveyor.'
    union all select 'K7', 'SPEC-22', 2, 'Conveyor frame',
           'Stainless steel frame; conveyor height **900 mm** from the floor, adjustable by 20 mm, to match standard pallet infeeds.',
           'Conveyor height measured at 900 mm, +/- 20 mm.', 'APPROVED', null, null, null,
           'lena.vogt@kestrel.example', interval '0' day, 'Height aligned with the standard infeed of food customers; stainless for washdown.'
    union all select 'K7', 'SPEC-31', 1, 'Operator panel housing',
           'A 15-inch touch panel in a **stainless steel housing** on a swivel arm, at the infeed end.',
           'Panel reachable from both sides of the infeed.', 'APPROVED', null, null, null,
           'rafael.costa@kestrel.example', interval '0' day, 'Industrial design agreed with the operators.'
    union all select 'K7', 'SPEC-34', 1, 'K7 base line',
           'The standard **K7 packaging line**: infeed conveyor, servo-driven film transport, sealing and outfeed, with the operator panel, installed and commissioned.',
           'Factory acceptance test at 120 packs/min passed.', 'APPROVED', 300700.00, 'EUR', 90,
           'sofia.marin@kestrel.example', interval '0' day, 'The standard line as the catalogue sells it.'
    union all select 'K7', 'SPEC-35', 1, 'Servo film feeder',
           'Optional **servo film feeder** from the SFF catalogue option: automatic splicing of the next film reel without stopping the line.',
           'Reel change at full speed without a stop.', 'APPROVED', 7400.00, 'EUR', 21,
           'lena.vogt@kestrel.example', interval '0' day, 'Offered to Bellamy Foods as an option.'
    union all select 'K7', 'SPEC-36', 1, 'Label printer-applicator',
           'Optional thermal-transfer **label printer-applicator** on the outfeed, for best-before dates and batch codes.',
           'Labels applied at 120 packs/min within 2 mm of position.', 'DRAFT', 4900.00, 'EUR', 14,
           'lena.vogt@kestrel.example', interval '0' day, 'Customers asked for labelling on the line.'
    union all select 'K7VIS', 'SPEC-1', 1, 'Seal inspection at line speed',
           'Every seal is inspected by camera at **120 packs per minute**; faulty packs are rejected.',
           'No faulty seal passes in a 10,000-pack test.', 'DRAFT', null, null, null,
           'mei.tanaka@kestrel.example', interval '0' day, 'First requirement from the scoping workshop.'
    union all select 'K7VIS', 'SPEC-2', 1, 'Camera housing',
           'Cameras sit in a washdown-rated housing above the outfeed.',
           null, 'DRAFT', null, null, null,
           'anya.petrova@kestrel.example', interval '0' day, 'First housing sketch.'
) v
where p.code = v.code and i.item_key = v.item_key and pe.email = v.email;

-- B1: frozen by the GO at K7's Gate 3 (the review of stage 2); B2: frozen by hand for Bellamy Foods' quote.
insert into baseline (project, number, name, source, gate_review, frozen_at, frozen_by)
select r.project, 1, 'GO at ' || s.gate_name, 'GATE', r.id,
       cast(r.scheduled_on as timestamp with time zone) + interval '16' hour, 'tom.achebe@kestrel.example'
from gate_review r join project p on p.id = r.project join project_lifecycle l on l.id = r.project_lifecycle
join template_stage s on s.process_template = l.process_template and s.stage_index = r.stage_index
where p.code = 'K7' and r.stage_index = 2;

insert into baseline (project, number, name, source, gate_review, frozen_at, frozen_by)
select p.id, 2, 'Quote baseline for Bellamy Foods', 'MANUAL', null,
       cast(:now as timestamp with time zone) - interval '10' day, 'sofia.marin@kestrel.example'
from project p where p.code = 'K7';

insert into baseline_entry (baseline, spec_item, item_key, item_revision, revision)
select b.id, i.id, i.item_key, r.id, r.revision
from baseline b join spec_item i on i.project = b.project
join spec_item_revision r on r.spec_item = i.id and r.revision = i.current_revision
join project p on p.id = b.project
where p.code = 'K7' and (b.number = 2 and i.number <> 36 or b.number = 1 and i.number not in (34, 35, 36));

update spec_item set locked_by_baseline = (select b.id from baseline b join project p on p.id = b.project
                                           where p.code = 'K7' and b.number = 1)
where project = (select id from project where code = 'K7') and number not in (34, 35, 36);
update spec_item set locked_by_baseline = (select b.id from baseline b join project p on p.id = b.project
                                           where p.code = 'K7' and b.number = 2)
where project = (select id from project where code = 'K7') and number in (34, 35);

insert into variant (project, name, customer, order_reference, baseline, created_at, created_by, version)
select p.id, 'Orchid Pharma lines', c.id, null, b.id, cast(:now as timestamp with time zone) - interval '9' day,
       'sofia.marin@kestrel.example', 0
from project p join baseline b on b.project = p.id and b.number = 2, customer c
where p.code = 'K7' and c.name = 'Orchid Pharma';

insert into variant_override (variant, position, spec_item, item_key, base_revision, title, body, acceptance_criterion,
                              reason, conflict)
select v.id, 0, i.id, i.item_key, 1, 'Operator panel housing in Orchid blue',
       'A 15-inch touch panel in a stainless steel housing on a swivel arm, at the infeed end; the housing is powder-coated in **Orchid blue (RAL 5017)**.',
       null, 'Paid customisation for Orchid Pharma, instead of the change the board rejected.', false
from variant v join spec_item i on i.project = v.project
where v.name = 'Orchid Pharma lines' and i.item_key = 'SPEC-31';

-- The traceability graph of the story so far: where the change requests came from, SPEC-22's revision, B1's GO and
-- Orchid's override.
insert into trace_link (from_type, from_id, from_label, from_project, to_type, to_id, to_label, to_project, relation,
                        recorded_at)
select cr.source_kind, cr.source_reference, lower(replace(cr.source_kind, '_', ' ')) || ' ' || cr.source_reference, null,
       'CHANGE_REQUEST', cast(cr.id as varchar(20)), 'CR-' || cr.id || ' ' || cr.title, cr.project, 'raised', cr.raised_at
from change_request cr join project p on p.id = cr.project
where p.code = 'K7' and cr.source_kind not in ('NONE', 'QUOTE_LINE');

insert into trace_link (from_type, from_id, from_label, from_project, to_type, to_id, to_label, to_project, relation,
                        recorded_at)
select 'ITEM_REVISION', cast(r1.id as varchar(20)), r1.item_key || ' r1 ' || r1.title, r1.project,
       'ITEM_REVISION', cast(r2.id as varchar(20)), r2.item_key || ' r2 ' || r2.title, r2.project, 'superseded by', r2.revised_at
from spec_item_revision r1 join spec_item_revision r2 on r2.spec_item = r1.spec_item and r2.revision = 2
join project p on p.id = r1.project
where p.code = 'K7' and r1.revision = 1;

insert into trace_link (from_type, from_id, from_label, from_project, to_type, to_id, to_label, to_project, relation,
                        recorded_at)
select 'GATE_REVIEW', cast(b.gate_review as varchar(20)), 'Gate review ' || b.gate_review, b.project,
       'BASELINE', cast(b.id as varchar(20)), 'B' || b.number || ' ' || b.name, b.project, 'froze', b.frozen_at
from baseline b join project p on p.id = b.project
where p.code = 'K7' and b.gate_review is not null;

insert into trace_link (from_type, from_id, from_label, from_project, to_type, to_id, to_label, to_project, relation,
                        recorded_at)
select 'ITEM_REVISION', cast(r.id as varchar(20)), r.item_key || ' r' || r.revision || ' ' || r.title, r.project,
       'VARIANT', cast(v.id as varchar(20)), 'Variant ' || v.name, v.project, 'overridden in', v.created_at
from variant v join variant_override o on o.variant = v.id
join spec_item_revision r on r.spec_item = o.spec_item and r.revision = o.base_revision;

-- Discussion on CR-1 (IP69K): Priya brings the field data and asks Lena; Lena answers and hands it to the board.
insert into discussion_comment (target_kind, target_id, project_id, author, body, created_at)
select 'change-request', cr.id, cr.project, (select id from person where email = 'priya.natarajan@kestrel.example'),
       'Field data from the food segment: **9 of 12** plant managers asked for washdown-rated enclosures. @lena.vogt can you check what the gasket change does to SPEC-14?',
       :now
from change_request cr join project p on p.id = cr.project
where p.code = 'K7' and cr.title = 'Washdown-rated enclosure (IP69K)';

insert into discussion_comment (target_kind, target_id, project_id, author, body, created_at)
select 'change-request', cr.id, cr.project, (select id from person where email = 'lena.vogt@kestrel.example'),
       'EPDM gaskets and stainless fasteners: about EUR 3,800 and 4 days, inside the envelope if the hinge stays. @sofia.marin over to the board.',
       :now
from change_request cr join project p on p.id = cr.project
where p.code = 'K7' and cr.title = 'Washdown-rated enclosure (IP69K)';

insert into discussion_mention (comment, person)
select c.id, m.id from discussion_comment c join person m on m.email = 'lena.vogt@kestrel.example'
where c.body like 'Field data from the food segment%';

insert into discussion_mention (comment, person)
select c.id, m.id from discussion_comment c join person m on m.email = 'sofia.marin@kestrel.example'
where c.body like 'EPDM gaskets%';

-- Their inboxes: the two mentions, and the board's open decision on CR-1 (already e-mailed, so nothing is sent).
insert into notification (person_id, kind, title, link, project_id, source, trigger_id, urgent, email_state, created_at)
select m.person, 'MENTIONED', a.full_name || ' mentioned you on CR-' || c.target_id || ' Washdown-rated enclosure (IP69K)',
       '/changes/' || c.target_id || '#comment-' || c.id, c.project_id, 'change-request:' || c.target_id,
       'comment-' || c.id, false, 'SKIPPED', :now
from discussion_comment c join discussion_mention m on m.comment = c.id join person a on a.id = c.author;

insert into notification (person_id, kind, title, link, project_id, source, trigger_id, urgent, email_state, created_at)
select b.id, 'DECISION_NEEDED', 'Decision needed: CR-' || cr.id || ' ' || cr.title, '/changes/' || cr.id, cr.project,
       'change-request:' || cr.id, 'demo', true, 'SKIPPED', :now
from change_request cr join project p on p.id = cr.project
join person b on b.email in ('tom.achebe@kestrel.example', 'ines.duarte@kestrel.example')
where p.code = 'K7' and cr.title = 'Washdown-rated enclosure (IP69K)';

-- The sales pipeline: Marco's Bellamy Foods deal for the K7 line in negotiation (the quote of Wednesday), his
-- Orchid Pharma proposal for a 316L line, an Orchid spare-parts prospect whose close date has passed, Grace's
-- vision module opportunity in GBP, a won K5 retrofit (Daniel) and a lost label verification retrofit (Nadia).
insert into opportunity (customer, contact, title, stage, amount, currency, probability, expected_close, owner,
                         owner_department, lost_reason, created_at, created_by, closed_at)
select c.id, cc.id, o.title, o.stage, o.amount, o.currency, o.probability, o.close_date, pe.id, pe.department,
       o.reason, :now, pe.full_name, case when o.closed = 'Y' then :now end
from (
    select 'Bellamy Foods' as customer, 'hannah.bellamy@bellamyfoods.example' as contact,
           'K7 packaging line with servo film feeder' as title, 'NEGOTIATION' as stage, 310000.00 as amount,
           'EUR' as currency, 75 as probability, cast(:end_plus_0 as date) as close_date, 'marco.ricci@kestrel.example' as owner,
           cast(null as varchar(1000)) as reason, cast(null as varchar(1)) as closed
    union all select 'Orchid Pharma', 'victor.osei@orchidpharma.example', 'K7 line in 316L stainless for sterile packs',
           'PROPOSAL', 420000.00, 'EUR', 50, cast(:end_plus_2 as date), 'marco.ricci@kestrel.example', null, null
    union all select 'Orchid Pharma', 'clara.jensen@orchidpharma.example', 'Spare parts framework agreement',
           'PROSPECT', 40000.00, 'CHF', 10, cast(:end_minus_1 as date), 'marco.ricci@kestrel.example', null, null
    union all select 'Bellamy Foods', 'peter.lang@bellamyfoods.example', 'K7 vision inspection for seal checks',
           'QUALIFIED', 65000.00, 'GBP', 25, cast(:end_plus_4 as date), 'grace.mensah@kestrel.example', null, null
    union all select 'Bellamy Foods', 'peter.lang@bellamyfoods.example', 'K5 retrofit kit for line 2',
           'WON', 86000.00, 'EUR', 100, cast(:end_minus_1 as date), 'daniel.okafor@kestrel.example', null, 'Y'
    union all select 'Orchid Pharma', 'victor.osei@orchidpharma.example', 'Label verification on the blister lines',
           'LOST', 54000.00, 'EUR', 0, cast(:end_minus_1 as date), 'nadia.rahman@kestrel.example',
           'Orchid chose an in-house vision system, to be revisited when the label verification retrofit launches.', 'Y'
) o
join customer c on c.name = o.customer
join customer_contact cc on cc.email = o.contact
join person pe on pe.email = o.owner;

insert into opportunity_project (opportunity, project)
select op.id, p.id from opportunity op, project p, (
    select 'K7 packaging line with servo film feeder' as title, 'K7' as code
    union all select 'K7 line in 316L stainless for sterile packs', 'K7'
    union all select 'K7 vision inspection for seal checks', 'K7VIS'
    union all select 'K5 retrofit kit for line 2', 'K5RK'
    union all select 'Label verification on the blister lines', 'LBLV'
) l
where op.title = l.title and p.code = l.code;

-- Stage histories: opened as prospects, then moved to where they are now.
insert into opportunity_stage_change (opportunity, position, from_stage, to_stage, probability, amount, currency,
                                      changed_by_person, changed_by, changed_at)
select op.id, 0, null, 'PROSPECT', 10, op.amount, op.currency, op.owner, pe.full_name, :now
from opportunity op join person pe on pe.id = op.owner;
insert into opportunity_stage_change (opportunity, position, from_stage, to_stage, probability, amount, currency,
                                      changed_by_person, changed_by, changed_at)
select op.id, 1, 'PROSPECT', op.stage, op.probability, op.amount, op.currency, op.owner, pe.full_name, :now
from opportunity op join person pe on pe.id = op.owner where op.stage <> 'PROSPECT';

-- Quotes (Wednesday and Thursday). Marco's Bellamy quote is READY: the K7 base line, the servo film feeder and the
-- conveyor-height customisation, answered feasible (+EUR 1,900, +3 days) by the envelope four minutes after he asked;
-- EUR 310,000 in all, for Hannah to accept and Marco to book. His Orchid quote awaits the board's answer to the 316L
-- customisation.
insert into quote (opportunity, project, customer, owner_department, currency, state, valid_until, created_by_person,
                   created_by, created_at, version)
select o.id, p.id, o.customer, o.owner_department, 'EUR', v.state, cast(:end_plus_1 as date), o.owner, pe.full_name,
       cast(:now as timestamp with time zone) - v.ago, 0
from opportunity o join person pe on pe.id = o.owner, project p, (
    select 'K7 packaging line with servo film feeder' as title, 'READY' as state, interval '125' minute as ago
    union all select 'K7 line in 316L stainless for sterile packs', 'AWAITING_ANSWERS', interval '185' minute
) v
where o.title = v.title and p.code = 'K7'
order by v.ago;

insert into quote_line (quote, position, number, kind, status, item_key, item_revision, description, quantity, unit_price,
                        lead_time_days)
select q.id, v.position, v.position + 1, 'OPTION', 'ACTIVE', v.item_key, 1, v.description, 1, v.price, v.lead
from quote q join opportunity o on o.id = q.opportunity, (
    select 'K7 packaging line with servo film feeder' as title, 0 as position, 'SPEC-34' as item_key,
           'K7 base line' as description, 300700.00 as price, 90 as lead
    union all select 'K7 packaging line with servo film feeder', 1, 'SPEC-35', 'Servo film feeder', 7400.00, 21
    union all select 'K7 line in 316L stainless for sterile packs', 0, 'SPEC-34', 'K7 base line', 300700.00, 90
) v
where o.title = v.title;

insert into quote_line (quote, position, number, kind, status, description, quantity, wanted_by, line_value,
                        change_request, answer, price_delta, cost_delta, cost_currency, schedule_delta_days, asked_at,
                        answer_due, answered_at)
select q.id, v.position, v.position + 1, 'CUSTOMISATION', 'ACTIVE', cr.title, 1, cast(:end_plus_4 as date), cr.revenue_at_stake,
       cr.id, v.answer, v.price, v.cost, v.currency, v.days, cr.submitted_at, cr.submitted_at + v.due, cr.decided_at
from quote q join opportunity o on o.id = q.opportunity join change_request cr on cr.project = q.project, (
    select 'K7 packaging line with servo film feeder' as title, 2 as position,
           'Conveyor height 1,050 mm instead of 900 mm' as request, 'FEASIBLE' as answer, 1900.00 as price,
           1200.00 as cost, 'EUR' as currency, 3 as days, interval '1' day as due
    union all select 'K7 line in 316L stainless for sterile packs', 1, '316L stainless contact parts', 'OPEN',
           null, null, null, null, interval '7' day
) v
where o.title = v.title and cr.title = v.request;

update change_request set source_reference = (select l.quote || ':' || l.number from quote_line l
                                              where l.change_request = change_request.id),
                          source_label = (select 'Quote Q-' || lpad(cast(l.quote as varchar(20)), 4, '0') || ' line '
                                                 || l.number from quote_line l
                                          where l.change_request = change_request.id)
where source_kind = 'QUOTE_LINE';

insert into trace_link (from_type, from_id, from_label, from_project, to_type, to_id, to_label, to_project, relation,
                        recorded_at)
select 'QUOTE_LINE', cr.source_reference, cr.source_label, cr.project,
       'CHANGE_REQUEST', cast(cr.id as varchar(20)), 'CR-' || cr.id || ' ' || cr.title, cr.project, 'raised', cr.raised_at
from change_request cr where cr.source_kind = 'QUOTE_LINE';

-- The board's open decision on the 316L change (already e-mailed, so nothing is sent).
insert into notification (person_id, kind, title, link, project_id, source, trigger_id, urgent, email_state, created_at)
select b.id, 'DECISION_NEEDED', 'Decision needed: CR-' || cr.id || ' ' || cr.title, '/changes/' || cr.id, cr.project,
       'change-request:' || cr.id, 'decision-needed', true, 'SKIPPED', :now
from change_request cr
join person b on b.email in ('sofia.marin@kestrel.example', 'tom.achebe@kestrel.example', 'ines.duarte@kestrel.example')
where cr.title = '316L stainless contact parts';

-- The earlier Bellamy deal (weeks before the quote of Wednesday): Marco's "K7 pilot line for the Leeds plant", won;
-- its quote for the K7 base line (SPEC-34 on B2), accepted by Hannah and ordered; the order's variant on B2; and the
-- acceptance task Sofia assigned to Hannah for the delivered base line, still open. The terms' SHA-256 is written by
-- the loader after the script (the script stays portable; the hash is computed by the application's own code).
insert into opportunity (customer, contact, title, stage, amount, currency, probability, expected_close, owner,
                         owner_department, lost_reason, created_at, created_by, closed_at)
select c.id, cc.id, 'K7 pilot line for the Leeds plant', 'WON', 300700.00, 'EUR', 100, cast(:now as date) - 8, pe.id,
       pe.department, null, cast(:now as timestamp with time zone) - interval '30' day, pe.full_name,
       cast(:now as timestamp with time zone) - interval '8' day
from customer c join customer_contact cc on cc.customer = c.id and cc.email = 'hannah.bellamy@bellamyfoods.example',
     person pe
where c.name = 'Bellamy Foods' and pe.email = 'marco.ricci@kestrel.example';

insert into opportunity_project (opportunity, project)
select op.id, p.id from opportunity op, project p where op.title = 'K7 pilot line for the Leeds plant' and p.code = 'K7';

insert into opportunity_stage_change (opportunity, position, from_stage, to_stage, probability, amount, currency,
                                      changed_by_person, changed_by, changed_at)
select op.id, v.position, v.from_stage, v.to_stage, v.probability, op.amount, op.currency, op.owner, pe.full_name,
       cast(:now as timestamp with time zone) - v.ago
from opportunity op join person pe on pe.id = op.owner, (
    select 0 as position, cast(null as varchar(12)) as from_stage, 'PROSPECT' as to_stage, 10 as probability,
           interval '30' day as ago
    union all select 1, 'PROSPECT', 'WON', 100, interval '8' day
) v
where op.title = 'K7 pilot line for the Leeds plant';

insert into quote (opportunity, project, customer, owner_department, currency, state, valid_until, created_by_person,
                   created_by, created_at, accepted_by_name, accepted_contact, accepted_at, accepted_terms,
                   accepted_terms_hash, version)
select o.id, p.id, o.customer, o.owner_department, 'EUR', 'ORDERED', cast(:now as date) + 20, o.owner, pe.full_name,
       cast(:now as timestamp with time zone) - interval '9' day, 'Hannah Bellamy', o.contact,
       cast(:now as timestamp with time zone) - interval '8' day, 'pending', 'pending', 3
from opportunity o join person pe on pe.id = o.owner, project p
where o.title = 'K7 pilot line for the Leeds plant' and p.code = 'K7';

insert into quote_line (quote, position, number, kind, status, item_key, item_revision, description, quantity, unit_price,
                        lead_time_days)
select q.id, 0, 1, 'OPTION', 'ACTIVE', 'SPEC-34', 1, 'K7 base line', 1, 300700.00, 90
from quote q join opportunity o on o.id = q.opportunity where o.title = 'K7 pilot line for the Leeds plant';

-- The terms as Quote.terms writes them (the loader replaces 'pending' in accepted_terms_hash with their SHA-256).
update quote set accepted_terms = 'Quote Q-' || lpad(cast(id as varchar(20)), 4, '0') || ' version 2
Customer: Bellamy Foods
Project: K7 Packaging Line
Line 1: option SPEC-34 r1 "K7 base line" x 1 at EUR 300700.00 = EUR 300700.00, lead time 90 days
Total: EUR 300700.00
Delivery: ' || cast(cast(:now as date) + 82 as varchar(10)) || '
Valid until: ' || cast(valid_until as varchar(10)) || '
'
where opportunity = (select id from opportunity where title = 'K7 pilot line for the Leeds plant');

insert into sales_order (quote, opportunity, customer, project, owner_department, credited_to, booked_by_person,
                         booked_by, booked_at, booked_on, total, currency, delivery_date, variant, accepted_terms_hash,
                         version)
select q.id, q.opportunity, q.customer, q.project, q.owner_department, o.owner, o.owner, pe.full_name,
       cast(:now as timestamp with time zone) - interval '8' day + interval '1' hour, cast(:now as date) - 8,
       300700.00, 'EUR', cast(:now as date) + 82, null, q.accepted_terms_hash, 1
from quote q join opportunity o on o.id = q.opportunity join person pe on pe.id = o.owner
where o.title = 'K7 pilot line for the Leeds plant';

insert into sales_order_line (sales_order, position, quote_line, kind, description, item_key, quantity, amount,
                              deliverables)
select so.id, 0, 1, 'OPTION', 'K7 base line', 'SPEC-34', 1, 300700.00, 'SPEC-34'
from sales_order so join opportunity o on o.id = so.opportunity where o.title = 'K7 pilot line for the Leeds plant';

update quote set sales_order = (select so.id from sales_order so where so.quote = quote.id)
where opportunity = (select id from opportunity where title = 'K7 pilot line for the Leeds plant');

-- The order's variant: B2 as it is, nothing overridden.
insert into variant (project, name, customer, order_reference, baseline, created_at, created_by, version)
select so.project, 'Order ORD-' || lpad(cast(so.id as varchar(20)), 4, '0'), so.customer,
       'ORD-' || lpad(cast(so.id as varchar(20)), 4, '0'), b.id, so.booked_at, so.booked_by, 0
from sales_order so join opportunity o on o.id = so.opportunity
join baseline b on b.project = so.project and b.number = 2
where o.title = 'K7 pilot line for the Leeds plant';

update sales_order set variant = (select v.id from variant v where v.project = sales_order.project
                                  and v.order_reference = 'ORD-' || lpad(cast(sales_order.id as varchar(20)), 4, '0'))
where opportunity = (select id from opportunity where title = 'K7 pilot line for the Leeds plant');

-- Sofia's acceptance task for the delivered base line, assigned to Hannah yesterday, due in two weeks.
insert into acceptance_task (project, customer, sales_order, variant, deliverable_key, title, assignee, assignee_name,
                             due_on, state, created_by_person, created_by, created_at, version)
select so.project, so.customer, so.id, so.variant, 'SPEC-34', 'K7 pilot line: conveyor and throughput', cc.id,
       cc.full_name, cast(:now as date) + 14, 'OPEN', pe.id, pe.full_name,
       cast(:now as timestamp with time zone) - interval '1' day, 0
from sales_order so join opportunity o on o.id = so.opportunity
join customer_contact cc on cc.email = 'hannah.bellamy@bellamyfoods.example', person pe
where o.title = 'K7 pilot line for the Leeds plant' and pe.email = 'sofia.marin@kestrel.example';

insert into acceptance_step (acceptance_task, position, instruction, expected_result)
select t.id, v.position, v.instruction, v.expected
from acceptance_task t, (
    select 0 as position, 'Measure the conveyor height at the infeed' as instruction, '1,050 mm ± 5 mm' as expected
    union all select 1, 'Run the line with 120 mm trays for ten minutes', 'At least 120 packs per minute, no film breaks'
) v
where t.title = 'K7 pilot line: conveyor and throughput';

-- Market research (Monday): Priya's food-segment interviews, interpreted against K7's baselined SPEC-14 "Enclosure
-- rated IP65" (in B1 and B2) as contradicting it, so K7 is flagged and the finding is on the agenda of K7's next gate;
-- a new survey nobody has interpreted yet; Elise's usage data linked to SPEC-7 as supporting evidence; and a field
-- sales anecdote Priya dismissed. Interpretations and actions follow the rules of the research module: a bearing is
-- on a project, a contradicted item is in its latest baseline, an actioned finding has its outcome.
insert into research_finding (title, summary, source, segment, evidence, sample_size, confidence, observed_on,
                              surfaced_by, surfaced_by_name, surfaced_at, state, outcome, interpreted_by,
                              interpreted_at, actioned_at, import_batch, version)
select v.title, v.summary, v.source, v.segment, v.evidence, v.sample_size, v.confidence,
       cast(:now as date) - v.observed_days, pe.id, pe.full_name,
       cast(:now as timestamp with time zone) - v.surfaced_ago, v.state, v.outcome,
       case when v.state = 'NEW' then null else 'Priya Natarajan' end,
       case when v.state = 'NEW' then null else cast(:now as timestamp with time zone) - v.surfaced_ago + interval '2' hour end,
       case when v.state = 'ACTIONED' then cast(:now as timestamp with time zone) - v.surfaced_ago + interval '1' day end,
       null, 0
from person pe, (
    select 'Food plant managers need washdown-rated enclosures (IP69K)' as title,
           '12 plant-manager interviews in the food segment: 9 need washdown-rated enclosures (IP69K); confidence high.' as summary,
           'INTERVIEW' as source, 'food' as segment,
           'Interviews at 12 food plants in March. **9 of 12** wash the lines down daily with hot, high-pressure water; IP65 enclosures fail there within months.' as evidence,
           12 as sample_size, 'HIGH' as confidence, 14 as observed_days, interval '5' day as surfaced_ago,
           'INTERPRETED' as state, cast(null as varchar(20)) as outcome, 'priya.natarajan@kestrel.example' as email
    union all select 'Pharma buyers rank changeover time first',
           'Survey of 40 pharma packaging buyers: changeover time ranks above price.', 'SURVEY', 'pharma',
           null, 40, 'MEDIUM', 6, interval '1' day, 'NEW', null, 'priya.natarajan@kestrel.example'
    union all select 'Film transport faults fall with servo drives',
           'Usage data of 31 installed lines: film transport faults per 1,000 hours are 70 % lower on servo-driven lines.',
           'USAGE_DATA', 'packaging', 'Service tickets of the last 12 months, by line type.', 31, 'HIGH', 20,
           interval '12' day, 'ACTIONED', 'LINKED_AS_EVIDENCE', 'elise.fontaine@kestrel.example'
    union all select 'A dealer hears that customers want pink machines',
           'One dealer reports that two customers asked for pink machines.', 'FIELD_SALES', 'packaging', null, 2,
           'LOW', 30, interval '25' day, 'ACTIONED', 'DISMISSED', 'marco.ricci@kestrel.example'
) v
where pe.email = v.email;

insert into finding_link (research_finding, position, url)
select f.id, 0, 'https://research.kestrel.example/2025/food-washdown-interviews'
from research_finding f where f.title = 'Food plant managers need washdown-rated enclosures (IP69K)';

insert into finding_bearing (research_finding, position, project, item_key, how, contradicts)
select f.id, 0, p.id, v.item_key, v.how, v.contradicts
from research_finding f, project p, (
    select 'Food plant managers need washdown-rated enclosures (IP69K)' as title, 'K7' as code, 'SPEC-14' as item_key,
           'IP65 does not survive daily washdown; food customers need IP69K.' as how, true as contradicts
    union all select 'Film transport faults fall with servo drives', 'K7', 'SPEC-7',
           'Supports the servo-driven film transport.', false
    union all select 'A dealer hears that customers want pink machines', 'K7', cast(null as varchar(20)),
           'Colour of the machine.', false
) v
where f.title = v.title and p.code = v.code;

insert into finding_action (research_finding, position, kind, project, change_request, item_key, note, actor_person,
                            actor_name, acted_at)
select f.id, 0, f.outcome, case when f.outcome = 'DISMISSED' then null else p.id end, null,
       case when f.outcome = 'DISMISSED' then null else 'SPEC-7' end,
       case when f.outcome = 'DISMISSED' then 'A single dealer''s anecdote; no customer has asked us.' end,
       pe.id, pe.full_name, f.actioned_at
from research_finding f, project p, person pe
where f.state = 'ACTIONED' and p.code = 'K7' and pe.email = 'priya.natarajan@kestrel.example';

insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, before_state, after_state)
values (:now, 'system', 'DemoOrganisation', 'kestrel', 'LOADED', null,
        '{"organisation":"Kestrel Industrial","source":"demo/kestrel.sql"}');
