-- changecontrol: an approved change request scheduled into its project for an order (the gate that carries it out,
-- the order that bought it, when). One column per statement, so H2 (PostgreSQL mode) and PostgreSQL read it alike.

alter table change_request add column scheduled_stage integer;
alter table change_request add column scheduled_gate_name varchar(100);
alter table change_request add column scheduled_order_reference varchar(100);
alter table change_request add column scheduled_order_label varchar(200);
alter table change_request add column scheduled_at timestamp with time zone;

-- A gate review's agenda lists the approved requests scheduled for its gate.
create index change_request_scheduled_ix on change_request (project, scheduled_stage);
