-- stagegate: the default process template (Cooper's Stage-Gate), revision 1 of code STANDARD.
insert into process_template (code, revision, name, description, decision_rule, created_at)
values ('STANDARD', 1, 'Standard stage-gate process', 'Six stages from discovery to launch, each closed by a gate.', 'CHAIR', current_timestamp);

insert into template_stage (process_template, stage_index, name, description, gate_name, pass_threshold)
values ((select id from process_template where code = 'STANDARD' and revision = 1), 0, 'Discovery', 'Find and frame the opportunity: customer problem, market signal, first idea of the solution.', 'Gate 1: Idea screen', 50);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 0), 0, 'MUST_MEET', 'Strategic fit', 'Fits Kestrel''s strategy and product portfolio.', 0);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 0), 1, 'MUST_MEET', 'Marketing and sales in the project', 'A marketing liaison and a sales liaison are assigned.', 0);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 0), 2, 'SHOULD_MEET', 'Market attractiveness', 'Size, growth and urgency of the customer need.', 5);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 0), 3, 'SHOULD_MEET', 'Technical feasibility', 'A credible path to a working solution.', 3);
insert into stage_deliverable (template_stage, deliverable_index, name, description)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 0), 0, 'Idea brief', 'One page: problem, customers, idea, why us.');
insert into stage_deliverable (template_stage, deliverable_index, name, description)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 0), 1, 'Voice of the customer notes', 'At least three customer conversations.');

insert into template_stage (process_template, stage_index, name, description, gate_name, pass_threshold)
values ((select id from process_template where code = 'STANDARD' and revision = 1), 1, 'Scoping', 'Quick market, technical and business assessment.', 'Gate 2: Second screen', 55);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 1), 0, 'MUST_MEET', 'Strategic fit confirmed', 'Still fits after scoping.', 0);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 1), 1, 'SHOULD_MEET', 'Market assessment', 'Competitors, pricing and demand understood.', 4);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 1), 2, 'SHOULD_MEET', 'Technical assessment', 'Key risks known and judged manageable.', 4);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 1), 3, 'SHOULD_MEET', 'Customer interest', 'Customers confirm the need.', 2);
insert into stage_deliverable (template_stage, deliverable_index, name, description)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 1), 0, 'Market assessment', null);
insert into stage_deliverable (template_stage, deliverable_index, name, description)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 1), 1, 'Technical assessment', null);

insert into template_stage (process_template, stage_index, name, description, gate_name, pass_threshold)
values ((select id from process_template where code = 'STANDARD' and revision = 1), 2, 'Business case', 'Define the product and build the business case and plan.', 'Gate 3: Go to development', 60);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 2), 0, 'MUST_MEET', 'Product definition agreed', 'Scope, target customers and requirements are agreed.', 0);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 2), 1, 'MUST_MEET', 'Positive business case', 'Payback within the agreed limit.', 0);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 2), 2, 'SHOULD_MEET', 'Financial attractiveness', 'NPV, payback and margin.', 5);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 2), 3, 'SHOULD_MEET', 'Plan quality', 'Credible plan, budget and team.', 3);
insert into stage_deliverable (template_stage, deliverable_index, name, description)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 2), 0, 'Product definition', null);
insert into stage_deliverable (template_stage, deliverable_index, name, description)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 2), 1, 'Business case', null);
insert into stage_deliverable (template_stage, deliverable_index, name, description)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 2), 2, 'Project plan', null);

insert into template_stage (process_template, stage_index, name, description, gate_name, pass_threshold)
values ((select id from process_template where code = 'STANDARD' and revision = 1), 3, 'Development', 'Design and build the product; test it in the lab.', 'Gate 4: Go to testing', 60);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 3), 0, 'MUST_MEET', 'Prototype meets specification', 'The prototype passes the lab tests.', 0);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 3), 1, 'SHOULD_MEET', 'Customer feedback on prototype', 'Customers like what they saw.', 4);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 3), 2, 'SHOULD_MEET', 'Cost on target', 'Unit cost within the business case.', 3);
insert into stage_deliverable (template_stage, deliverable_index, name, description)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 3), 0, 'Prototype', null);
insert into stage_deliverable (template_stage, deliverable_index, name, description)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 3), 1, 'Lab test report', null);
insert into stage_deliverable (template_stage, deliverable_index, name, description)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 3), 2, 'Updated business case', null);

insert into template_stage (process_template, stage_index, name, description, gate_name, pass_threshold)
values ((select id from process_template where code = 'STANDARD' and revision = 1), 4, 'Testing and validation', 'Field trials at customers, production trials, market tests.', 'Gate 5: Go to launch', 65);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 4), 0, 'MUST_MEET', 'Field trial passed', 'The product works at the trial customers.', 0);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 4), 1, 'MUST_MEET', 'Certification obtained', 'Required safety and regulatory certificates are in hand.', 0);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 4), 2, 'SHOULD_MEET', 'Launch readiness', 'Sales, service and production are ready.', 5);
insert into stage_deliverable (template_stage, deliverable_index, name, description)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 4), 0, 'Field trial report', null);
insert into stage_deliverable (template_stage, deliverable_index, name, description)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 4), 1, 'Certificates', null);
insert into stage_deliverable (template_stage, deliverable_index, name, description)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 4), 2, 'Launch plan', null);

insert into template_stage (process_template, stage_index, name, description, gate_name, pass_threshold)
values ((select id from process_template where code = 'STANDARD' and revision = 1), 5, 'Launch', 'Full production, market launch and hand-over to the product line.', 'Gate 6: Post-launch review', 60);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 5), 0, 'MUST_MEET', 'Launched to plan', 'The product is on the market and supported.', 0);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 5), 1, 'SHOULD_MEET', 'Sales against forecast', 'First sales compared with the business case.', 5);
insert into gate_criterion (template_stage, criterion_index, kind, name, description, weight)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 5), 2, 'SHOULD_MEET', 'Lessons learned', 'The team recorded what to keep and change.', 2);
insert into stage_deliverable (template_stage, deliverable_index, name, description)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 5), 0, 'Launch report', null);
insert into stage_deliverable (template_stage, deliverable_index, name, description)
values ((select s.id from template_stage s join process_template t on t.id = s.process_template where t.code = 'STANDARD' and t.revision = 1 and s.stage_index = 5), 1, 'Post-launch review', null);
