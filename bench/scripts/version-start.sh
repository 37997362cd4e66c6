#!/usr/bin/env bash
# `bin/helm4j version` wall time, median of RUNS (default 10), in milliseconds.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-10}
for ((i = 0; i < runs; i++)); do
  t0=$(date +%s%N); "$here/bin/helm4j" version >/dev/null; t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
done | sort -n | awk '{a[NR]=$1} END {printf "helm4j version: median %d ms of %d runs (min %d, max %d)\n", a[int((NR+1)/2)], NR, a[1], a[NR]}'
