# Sourced by the backup scripts (bash). checksums <database>: one line per table of the public schema (name, row count, MD5
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

# backup_restore_compare <source> <restored> <work dir>: pg_dump -Fc of the source, pg_restore into a new database
# named <restored>, then every table and sequence compared; exits 1 on any difference. Needs as_postgres and the PG*
# environment of the caller.
backup_restore_compare() {
  local src=$1 dst=$2 work=$3 start tables rows sequences
  echo "== pg_dump and pg_restore"
  start=$(date +%s.%N)
  pg_dump -Fc -d "$src" -f "$work/gateway.dump"
  as_postgres "createdb -O backup $dst"
  pg_restore --exit-on-error --no-owner -d "$dst" "$work/gateway.dump"
  echo "backup $(du -h "$work/gateway.dump" | cut -f1), dump and restore took $(echo "$(date +%s.%N) - $start" | bc | cut -c1-5) s"
  checksums "$src" > "$work/source.txt"
  checksums "$dst" > "$work/restored.txt"
  tables=$(grep -vc '^sequence ' "$work/source.txt"); rows=$(grep -v '^sequence ' "$work/source.txt" | awk '{s += $2} END {print s}')
  sequences=$(grep -c '^sequence ' "$work/source.txt")
  if diff "$work/source.txt" "$work/restored.txt" > "$work/diff.txt"; then
    echo "identical: $tables tables, $rows rows, $sequences sequences (0 differences)"
  else
    echo "DIFFERENT after restore:"; cat "$work/diff.txt"; exit 1
  fi
}
