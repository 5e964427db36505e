-- Added to the Kestrel demo organisation for the authorization matrix (AuthorizationMatrixTests): the things the
-- demo has none of, so that every endpoint can be asked about an existing one. Committed once, before the cases.
insert into meeting (project_id, kind, title, starts_at, duration_minutes, time_zone, place, state, organiser_id,
                     organiser_name, ical_uid, created_at)
select p.id, 'STATUS', 'K7 weekly status (matrix)', current_timestamp + interval '3' day, 60, 'Europe/Berlin',
       'Room 2', 'SCHEDULED', pe.id, pe.full_name, 'authz-matrix-k7@kestrel.example', current_timestamp
from project p, person pe where p.code = 'K7' and pe.email = 'sofia.marin@kestrel.example';

insert into meeting_attendee (meeting, person_id, role, mode, response)
select m.id, pe.id, case when pe.email = 'sofia.marin@kestrel.example' then 'ORGANISER' else 'TEAM' end,
       'IN_PERSON', 'PENDING'
from meeting m, person pe
where m.ical_uid = 'authz-matrix-k7@kestrel.example'
  and pe.email in ('sofia.marin@kestrel.example', 'lena.vogt@kestrel.example');

insert into action_item (meeting_id, project_id, title, owner_id, due_on, state, created_by, created_at)
select m.id, m.project_id, 'Assess the enclosure change (matrix)', pe.id, current_date + 7, 'OPEN',
       'sofia.marin@kestrel.example', current_timestamp
from meeting m, person pe where m.ical_uid = 'authz-matrix-k7@kestrel.example' and pe.email = 'lena.vogt@kestrel.example';

insert into status_report (project_id, cadence, period_start, period_end, scope, schedule, cost, quality, narrative,
                           author_id, author_name, published_at)
select p.id, 'WEEKLY', current_date - 14, current_date - 8, 'GREEN', 'AMBER', 'GREEN', 'GREEN',
       'On track (matrix).', pe.id, pe.full_name, current_timestamp
from project p, person pe where p.code = 'K7' and pe.email = 'sofia.marin@kestrel.example';

insert into research_import (file_name, file_size, state, created_by, created_by_name, created_at, finished_at)
select 'matrix.csv', 10, 'SUCCEEDED', pe.id, pe.full_name, current_timestamp, current_timestamp
from person pe where pe.email = 'priya.natarajan@kestrel.example';

insert into webhook_endpoint (url, description, event_types, enabled, secret, created_at, version)
values ('https://hooks.example.com/matrix', 'Authorization matrix', '*', false,
        'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', current_timestamp, 0);

insert into webhook_cursor (endpoint_id, position, consecutive_failures, next_attempt_at)
select id, 0, 0, current_timestamp from webhook_endpoint where url = 'https://hooks.example.com/matrix';

insert into sso_provider (registration_id, display_name, issuer_uri, client_id, client_secret, enabled, created_at)
values ('matrix', 'Matrix SSO', 'https://login.example.com/matrix', 'gateway', 'matrix-secret', false,
        current_timestamp);
