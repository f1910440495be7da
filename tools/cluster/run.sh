#!/usr/bin/env bash
# Cluster test: PostgreSQL, two application nodes sharing it, declarations filed on both, one node
# killed with SIGKILL in the middle; then checks and prints what happened (docs/operations.md).
#   tools/cluster/run.sh            200 filings
#   tools/cluster/run.sh --short    60 filings (what CI runs)
set -euo pipefail
cd "$(dirname "$0")/../.."
filings=200
[ "${1:-}" = "--short" ] && filings=60
tools/postgres/start.sh impexflow_cluster
mvn -B -q -DskipTests package
mvn -B -q surefire:test -Pcluster -Dcluster.filings="$filings" \
  -Dcluster.jar="$(ls target/impexflow-*.jar | grep -v original | head -1)"
