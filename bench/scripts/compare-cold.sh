#!/usr/bin/env bash
# Cold `helm4j template` of this checkout against another built checkout (a baseline), runs
# alternated (baseline, this, baseline, ...) so a loaded machine weighs on both alike. Both
# checkouts need `./mvnw -q package -DskipTests` (with the AOT cache). Prints each run and the
# medians, and whether both printed the same output.
# Usage: bench/scripts/compare-cold.sh BASELINE_CHECKOUT [RUNS] [CASE...]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
base=$(cd "$1" && pwd); shift
shared=${HELM4J_SHARED:-$here/../shared}
runs=${1:-5}; shift || true
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(argo__argo-cd__default bitnami__redis__default)
now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for c in "${cases[@]}"; do
  json=$shared/corpus/cases/$c.json
  mapfile -t args < <(python3 - "$json" "$shared/corpus" <<'PY'
import json, sys, os
c = json.load(open(sys.argv[1]))
for a in [c["releaseName"], os.path.join(sys.argv[2], c["chart"]), "-n", c["namespace"], "--kube-version", c["kubeVersion"]]:
    print(a)
for f in c.get("valuesFiles", []):
    print("-f"); print(os.path.join(sys.argv[2], f))
for s in c.get("set", []):
    print("--set"); print(s)
PY
)
  b=(); t=()
  for ((i = 0; i < runs; i++)); do
    t0=$(now); "$base/bin/helm4j" template "${args[@]}" >"$tmp/base" 2>&1 || true; t1=$(now)
    "$here/bin/helm4j" template "${args[@]}" >"$tmp/this" 2>&1 || true; t2=$(now)
    b+=($(( (t1 - t0) / 1000000 ))); t+=($(( (t2 - t1) / 1000000 )))
  done
  cmp -s "$tmp/base" "$tmp/this" && same="same output" || same="OUTPUT DIFFERS"
  printf '%s\n  baseline: %s\n  this:     %s\n  median baseline %s ms, this %s ms, %s\n' "$c" "${b[*]}" "${t[*]}" \
    "$(printf '%s\n' "${b[@]}" | median)" "$(printf '%s\n' "${t[@]}" | median)" "$same"
done
