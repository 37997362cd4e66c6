#!/usr/bin/env bash
# Cold-start comparison: `bin/helm4j template` against Go Helm's native `helm template`
# (../shared/oracle/helm-native) on corpus charts. Runs alternate (helm4j, native, helm4j, ...),
# RUNS times each; prints the median wall time of each and the ratio helm4j/native.
# Usage: bench/scripts/cold-start.sh [RUNS] [CASE...|all]   (corpus case names; default: a set;
#        `all`: every chart's __default case). Ends with the median and the worst ratio.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
shared=${HELM4J_SHARED:-$here/../shared}
runs=${1:-5}; shift || true
cases=("$@")
if [ "${cases[0]:-}" = all ]; then
  cases=()
  for f in "$shared"/corpus/cases/*__default.json; do cases+=("$(basename "$f" .json)"); done
elif [ ${#cases[@]} -eq 0 ]; then
  cases=(prometheus-community__prometheus-pushgateway__default bitnami__redis__default
         otel__opentelemetry-kube-stack__default argo__argo-cd__default)
fi
now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratios=()
printf '%-60s %10s %10s %7s\n' case helm4j_ms native_ms ratio
for c in "${cases[@]}"; do
  json=$shared/corpus/cases/$c.json
  chart=$shared/corpus/$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['chart'])" "$json")
  name=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['releaseName'])" "$json")
  ns=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['namespace'])" "$json")
  kv=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['kubeVersion'])" "$json")
  mapfile -t extra < <(python3 - "$json" "$shared/corpus" <<'PY'
import json, sys, os
c = json.load(open(sys.argv[1]))
for f in c.get("valuesFiles", []):
    print("-f"); print(os.path.join(sys.argv[2], f))
for s in c.get("set", []):
    print("--set"); print(s)
PY
)
  h=(); n=()
  for ((i = 0; i < runs; i++)); do
    t0=$(now); "$here/bin/helm4j" template "$name" "$chart" -n "$ns" --kube-version "$kv" "${extra[@]}" >/dev/null 2>&1 || true; t1=$(now)
    "$shared/oracle/helm-native" "$name" "$chart" -n "$ns" --kube-version "$kv" "${extra[@]}" >/dev/null 2>&1 || true; t2=$(now)
    h+=($(( (t1 - t0) / 1000000 ))); n+=($(( (t2 - t1) / 1000000 )))
  done
  hm=$(printf '%s\n' "${h[@]}" | median); nm=$(printf '%s\n' "${n[@]}" | median)
  ratio=$(awk -v a="$hm" -v b="$nm" 'BEGIN {printf "%.2f", a/b}')
  ratios+=("$ratio")
  printf '%-60s %10s %10s %7s\n' "$c" "$hm" "$nm" "$ratio"
done
printf 'ratio over %d cases: median %s, worst %s, best %s\n' "${#ratios[@]}" \
  "$(printf '%s\n' "${ratios[@]}" | median)" "$(printf '%s\n' "${ratios[@]}" | sort -n | tail -1)" \
  "$(printf '%s\n' "${ratios[@]}" | sort -n | head -1)"
