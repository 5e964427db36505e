-- web: the Idempotency-Key of API writes. A write sent with a key is answered once; a repeat of it (same account,
-- same key, same request) gets the stored answer instead of being applied again. The key is written in the
-- transaction of the write itself, so either both are committed or neither.

create table idempotency_key (
    account_id       bigint not null references user_account (id) on delete cascade,
    idempotency_key  varchar(100) not null,
    request_hash     varchar(64) not null,
    created_at       timestamp with time zone not null,
    response_status  integer not null,
    content_type     varchar(200),
    location         varchar(1000),
    response_body    varchar(1000000),
    constraint idempotency_key_pk primary key (account_id, idempotency_key)
);
create index idempotency_key_by_age_idx on idempotency_key (created_at);
