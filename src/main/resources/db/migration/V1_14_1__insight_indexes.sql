-- insight: indexes for the period filters of the measures, which read the other modules' tables (read-only).
-- Bookings filter sales orders by booked_on; acceptances, change requests and gate decisions by when they were decided;
-- implementation times come from the transitions into IMPLEMENTED; interruptions by when they started.
create index sales_order_booked_on_ix on sales_order (booked_on);
create index acceptance_record_decided_ix on acceptance_record (decided_at);
create index change_request_decided_ix on change_request (decided_at);
create index change_request_transition_to_state_ix on change_request_transition (to_state, change_request);
create index gate_decision_decided_ix on gate_decision (decided_at);
create index gate_decision_project_stage_ix on gate_decision (project, stage_index);
create index lifecycle_interruption_started_ix on lifecycle_interruption (started_at);
