-- pgbench baseline (docs/performance.md): the two queries of one page of a project's change log, 25 a page,
-- filtered by state and sorted by priority, as ChangeQueries.changeLog sends them.
\set project random(1, 1000)
SELECT count(*) FROM change_request cr WHERE cr.project = :project AND cr.state = 'APPROVED';
SELECT cr.id, cr.project, cr.title, cr.origin, cr.source_kind, cr.source_label, cr.change_class, cr.priority, cr.state,
    cr.target_stage, cr.target_gate_name, cr.requester, cr.requester_name, cr.raised_at, cr.submitted_at,
    cr.impact_cost_delta, cr.impact_currency, cr.impact_schedule_delta_days, cr.impact_risk, cr.revenue_at_stake,
    cr.revenue_currency, cr.decision, cr.decision_forum, cr.decided_by, cr.decided_at, cr.version
    FROM change_request cr WHERE cr.project = :project AND cr.state = 'APPROVED'
    ORDER BY case cr.priority when 'CRITICAL' then 4 when 'HIGH' then 3 when 'MEDIUM' then 2 else 1 end DESC, cr.id DESC
    LIMIT 25 OFFSET 0;
