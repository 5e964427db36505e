-- PostgreSQL only: an acceptance record, and the defects listed in it, are written once. The application never
-- updates or deletes them; this makes the database refuse it too, whoever asks (a reporting tool, a hand-written
-- statement). Re-verification of the record's hash (docs/acceptance.md) still shows a change made by someone who
-- disables the trigger as the table's owner. H2, the zero-setup database for trying the product, has no equivalent
-- without Java triggers and relies on the application and the hash.

create function acceptance_record_write_once() returns trigger language plpgsql as $$
begin
    raise exception 'An acceptance record is written once and never changed (% on %)', tg_op, tg_table_name
        using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger acceptance_record_write_once
    before update or delete on acceptance_record
    for each row execute function acceptance_record_write_once();

create trigger acceptance_defect_write_once
    before update or delete on acceptance_defect
    for each row execute function acceptance_record_write_once();
