#!/usr/bin/env bash
# Runs the short cluster test N times in a row (default 20) and keeps each run's figures in
# target/cluster-campaign.txt and its output and node logs in target/cluster-campaign/run-K/.
# Stops at the first failed run (its logs are kept):   tools/cluster/campaign.sh [N] [--with-soak]
# --with-soak: each run has the soak (tools/soak/run.sh) beside it, as in .ci/run; both run what one build
# at the start made, and a run fails when either fails.
set -uo pipefail
cd "$(dirname "$0")/../.."
runs=20; soak=0
for option in "$@"; do
  case "$option" in
    --with-soak) soak=1 ;;
    *) runs="$option" ;;
  esac
done
if [ "$soak" = 1 ]; then
  mvn -B -q -DskipTests package || exit 1
fi
out=target/cluster-campaign
mkdir -p "$out"
summary=target/cluster-campaign.txt
beside=""; [ "$soak" = 1 ] && beside=" beside tools/soak/run.sh"
echo "# $(date -u +%FT%TZ) $(git rev-parse --short HEAD) $runs runs of tools/cluster/run.sh --short$beside" >> "$summary"
for k in $(seq 1 "$runs"); do
  dir="$out/run-$k"
  rm -rf "$dir" && mkdir -p "$dir"
  start=$(date +%s)
  rm -f target/cluster/node-*.log
  if [ "$soak" = 1 ]; then
    tools/soak/run.sh --no-build > "$dir/soak.txt" 2>&1 &
    soak_pid=$!
    tools/cluster/run.sh --short --no-build > "$dir/output.txt" 2>&1
    rc=$?
    wait "$soak_pid"
    soak_rc=$?
    [ "$rc" -eq 0 ] && rc=$soak_rc
  else
    tools/cluster/run.sh --short > "$dir/output.txt" 2>&1
    rc=$?
  fi
  cp target/cluster/node-*.log "$dir/" 2>/dev/null
  figure() { grep -m1 "^cluster_$1=" "$dir/output.txt" | cut -d= -f2; }
  line="run=$k rc=$rc filed=$(figure filed) acknowledged=$(figure acknowledged) duplicates=$(figure duplicates)"
  line="$line redeliveries=$(figure redeliveries) lost=$(figure lost) recovery_s=$(figure recovery_s)"
  line="$line wall_s=$(( $(date +%s) - start )) load=$(cut -d' ' -f1 /proc/loadavg)"
  [ "$soak" = 1 ] && line="$line soak_rc=$soak_rc"
  echo "$line" | tee -a "$summary"
  if [ "$rc" -ne 0 ]; then
    echo "run $k failed: see $dir/output.txt, $dir/node-*.log and $dir/soak.txt" | tee -a "$summary"
    exit "$rc"
  fi
done
echo "all $runs runs passed" | tee -a "$summary"
