# Sourced by the backup scripts. checksums <database>: one line per table of the public schema (name, row count, MD5
# of its rows' text in a fixed order), then one line per sequence (name, position); two databases with equal output
# hold the same data. Connects with the PG* environment of the caller.
checksums() { # one line per table: name, rows, md5 of its rows in a fixed order; then every sequence's position
  psql -d "$1" -Atq <<'SQL'
do $$ begin create temp table sums (name text, row_count bigint, checksum text); end $$;
do $$
declare t record;
begin
  for t in select tablename from pg_tables where schemaname = 'public' order by tablename loop
    execute format('insert into sums select %L, count(*), md5(coalesce(string_agg(md5(r::text), '''' order by md5(r::text)), '''')) from %I r',
                   t.tablename, t.tablename);
  end loop;
end $$;
select name || ' ' || row_count || ' ' || checksum from sums order by name;
select 'sequence ' || sequencename || ' ' || coalesce(last_value, 0) from pg_sequences where schemaname = 'public' order by sequencename;
SQL
}
