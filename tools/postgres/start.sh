#!/usr/bin/env bash
# Starts Debian's PostgreSQL on 127.0.0.1 (installing it when missing) and creates an empty database
# for impexflow:  tools/postgres/start.sh [database] [--keep]   (default: impexflow)
# --keep leaves an existing database as it is (e.g. the benchmark's loaded cases).
# Role impexflow / password impexflow: start the application with SPRING_DATASOURCE_PASSWORD=impexflow
# (the postgres profile has no default password).
set -euo pipefail
database="${1:-impexflow}"
keep="${2:-}"
if ! command -v pg_ctlcluster >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /etc/postgresql | sort -n | tail -1)
pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -h 127.0.0.1" && break
  sleep 1
done
if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'impexflow'\"" | grep -q 1; then
  su postgres -c "psql -q -c \"CREATE ROLE impexflow LOGIN PASSWORD 'impexflow'\""
fi
if [ "$keep" = "--keep" ] && su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = '$database'\"" | grep -q 1; then
  echo "PostgreSQL $version ready on 127.0.0.1:5432, database $database (kept)"
  exit 0
fi
su postgres -c "dropdb --if-exists $database"
su postgres -c "createdb -O impexflow $database"
echo "PostgreSQL $version ready on 127.0.0.1:5432, database $database (fresh)"
