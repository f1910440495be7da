#!/usr/bin/env bash
# The benchmark of docs/benchmarks.md; prints a table and one name=value line per figure.
#   tools/benchmark/run.sh [--postgres [--statements]] [--cases N] [--seconds S] [--warmup S] [--data DIR] [--queries-only]
# Defaults: H2, 100000 open declarations, 30 s measured after 20 s of warm-up, 4 clients.
# --data DIR keeps the H2 database in DIR: a second run finds the open cases already loaded.
# --queries-only skips the bare and filing phases (for a kept database: its cases' jobs stay waiting).
# --statements (PostgreSQL) logs every statement during the run (it slows each a little) and prints a
#   filing's transactions from that log (tools/benchmark/transactions.py); the log is kept in
#   target/benchmark/statements.log.
# Do not build in the same working tree while it runs (it runs from target/).
set -euo pipefail
cd "$(dirname "$0")/../.."
postgres=false; cases=100000; seconds=30; warmup=20; data=""; queries=false; statements=false
while [ $# -gt 0 ]; do
  case "$1" in
    --postgres) postgres=true ;;
    --cases) cases="$2"; shift ;;
    --seconds) seconds="$2"; shift ;;
    --warmup) warmup="$2"; shift ;;
    --data) data="$2"; shift ;;
    --queries-only) queries=true ;;
    --statements) statements=true ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ "$postgres" = true ]; then
  # --queries-only measures the database of the previous run: its loaded cases are kept
  tools/postgres/start.sh impexflow_benchmark $([ "$queries" = true ] && echo --keep)
fi
if [ "$statements" = true ]; then
  [ "$postgres" = true ] || { echo "--statements needs --postgres" >&2; exit 2; }
  pg_log=$(ls -t /var/log/postgresql/postgresql-*-main.log | head -1)
  from=$(stat -c %s "$pg_log")
  # ALTER SYSTEM runs outside a transaction block: one -c each
  log_settings() {
    su postgres -c "psql -q -c \"ALTER SYSTEM $1 log_min_duration_statement $2\" \
      -c \"ALTER SYSTEM $1 log_line_prefix $3\" -c 'SELECT pg_reload_conf()'" >/dev/null
  }
  log_settings SET "= 0" "= '%m [%p] %v %x '"
  trap 'log_settings RESET "" ""' EXIT
fi
# -DenableAssertions=false: as in production; with -ea, H2 2.3's own assertions failed on the review
# queue query of 100,000 open tasks ("GeneralError ... AssertionError")
mvn -B -q test -Pbenchmark -Dbpmnlint.skip=true -DtrimStackTrace=false -DenableAssertions=false \
  -Dbenchmark.postgres="$postgres" -Dbenchmark.cases="$cases" -Dbenchmark.seconds="$seconds" \
  -Dbenchmark.warmup="$warmup" ${data:+-Dbenchmark.data="$data"} -Dbenchmark.queriesOnly="$queries" -DargLine="-Xmx1g" -Dsurefire.failIfNoSpecifiedTests=false \
  | grep --line-buffered -vE '^\[INFO\]|^$' || true
if [ "$statements" = true ]; then
  log_settings RESET "" ""
  trap - EXIT
  mkdir -p target/benchmark
  tail -c +"$((from + 1))" "$pg_log" > target/benchmark/statements.log
  python3 tools/benchmark/transactions.py target/benchmark/statements.log
fi
