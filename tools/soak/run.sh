#!/usr/bin/env bash
# The timers' soak test (src/test/java/org/impexflow/soak/TimersSoakTests.java): the application on its
# defaults (demo data, H2 file in a temporary folder, real clock and job executor, random ports) left
# alone; no timer may run twice for one due date, the engine's tables and the H2 file may not grow; and its
# /mails page answers a browser on this machine (not a proxied request).
#   tools/soak/run.sh [--seconds S] [--times N] [--no-build]
# Defaults: 120 s of soak after the jobs due at start have run, once. Prints "soak:" lines with the figures.
# --no-build runs the classes already in target/ (CI, after mvn verify, beside the cluster test).
# Do not build in the same working tree while it runs (it runs from target/).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=120; times=1; goal=test
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift ;;
    --times) times="$2"; shift ;;
    --no-build) goal=surefire:test ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
for i in $(seq 1 "$times"); do
  echo "soak run $i of $times"
  mvn -B -q "$goal" -Psoak -Dbpmnlint.skip=true -Dsoak.seconds="$seconds" -DargLine="-Xmx1g" \
    -Dsurefire.failIfNoSpecifiedTests=false | grep --line-buffered -E '^soak:|FAIL|ERROR|Tests run' || true
  # mvn's status is hidden by the pipe: the surefire report says whether the run passed
  grep -q 'failures="0"' target/surefire-reports/TEST-org.impexflow.soak.TimersSoakTests.xml \
    && grep -q 'errors="0"' target/surefire-reports/TEST-org.impexflow.soak.TimersSoakTests.xml \
    || { echo "soak run $i failed"; exit 1; }
done
echo "soak: $times run(s) passed"
