#!/usr/bin/env bash
# Cluster test: PostgreSQL, two application nodes sharing it, declarations filed on both, one node
# killed with SIGKILL in the middle; then checks and prints what happened (docs/operations.md).
#   tools/cluster/run.sh            200 filings
#   tools/cluster/run.sh --short    60 filings (what CI runs)
#   --no-build                      runs the jar and test classes already in target/ (CI, after mvn verify)
set -euo pipefail
cd "$(dirname "$0")/../.."
filings=200; build=1
for option in "$@"; do
  case "$option" in
    --short) filings=60 ;;
    --no-build) build=0 ;;
    *) echo "unknown option $option" >&2; exit 2 ;;
  esac
done
tools/postgres/start.sh impexflow_cluster
[ "$build" = 1 ] && mvn -B -q -DskipTests package
mvn -B -q surefire:test -Pcluster -Dcluster.filings="$filings" \
  -Dcluster.jar="$(ls target/impexflow-*.jar | grep -v original | head -1)"
