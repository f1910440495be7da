#!/usr/bin/env bash
# Runs the short cluster test N times in a row (default 20) and keeps each run's figures in
# target/cluster-campaign.txt and its output and node logs in target/cluster-campaign/run-K/.
# Stops at the first failed run (its logs are kept):   tools/cluster/campaign.sh [N]
set -uo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-20}"
out=target/cluster-campaign
mkdir -p "$out"
summary=target/cluster-campaign.txt
echo "# $(date -u +%FT%TZ) $(git rev-parse --short HEAD) $runs runs of tools/cluster/run.sh --short" >> "$summary"
for k in $(seq 1 "$runs"); do
  dir="$out/run-$k"
  rm -rf "$dir" && mkdir -p "$dir"
  start=$(date +%s)
  rm -f target/cluster/node-*.log
  tools/cluster/run.sh --short > "$dir/output.txt" 2>&1
  rc=$?
  cp target/cluster/node-*.log "$dir/" 2>/dev/null
  figure() { grep -m1 "^cluster_$1=" "$dir/output.txt" | cut -d= -f2; }
  line="run=$k rc=$rc filed=$(figure filed) acknowledged=$(figure acknowledged) duplicates=$(figure duplicates)"
  line="$line redeliveries=$(figure redeliveries) lost=$(figure lost) recovery_s=$(figure recovery_s)"
  line="$line wall_s=$(( $(date +%s) - start )) load=$(cut -d' ' -f1 /proc/loadavg)"
  echo "$line" | tee -a "$summary"
  if [ "$rc" -ne 0 ]; then
    echo "run $k failed: see $dir/output.txt and $dir/node-*.log" | tee -a "$summary"
    exit "$rc"
  fi
done
echo "all $runs runs passed" | tee -a "$summary"
