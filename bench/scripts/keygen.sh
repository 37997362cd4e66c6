#!/usr/bin/env bash
# Key generation, cold: `bin/helm4j template` against Go Helm's native CLI (../shared/oracle/helm-native)
# on charts that generate keys. Two generated one-key charts (genCA: one RSA-2048 key; genPrivateKey
# ecdsa + ed25519) and the corpus charts that generate keys with their own default values (the
# corpus cases turn it off) : elastic elasticsearch (genCA + genSignedCert, two RSA-2048 keys) and
# bitnami etcd (genPrivateKey "rsa", one RSA-4096 key). Runs alternate (helm4j, native, ...); prints median wall and median CPU (user+sys)
# time of each, and the wall ratio helm4j/native.
# With BASELINE=another built checkout, its bin/helm4j runs too, in the same alternation.
# Usage: [BASELINE=dir] [HELM4J_CMD=launcher] bench/scripts/keygen.sh [RUNS] [CASE...]   (CASE: rsa2048, ec, a corpus chart directory
#        name, rendered with its defaults, or a corpus case name)
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
shared=${HELM4J_SHARED:-$here/../shared}
runs=${1:-5}; shift || true
cases=("$@")
[ ${#cases[@]} -eq 0 ] && cases=(rsa2048 ec elastic__elasticsearch bitnami__etcd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkchart() { # NAME TEMPLATE
  mkdir -p "$tmp/$1/templates"
  printf 'apiVersion: v2\nname: %s\nversion: 0.1.0\n' "$1" > "$tmp/$1/Chart.yaml"
  printf '%s\n' "$2" > "$tmp/$1/templates/s.yaml"
}
mkchart rsa2048 'apiVersion: v1
kind: Secret
metadata:
  name: ca
data:
  {{- $ca := genCA "ca" 365 }}
  tls.crt: {{ $ca.Cert | b64enc }}'
mkchart ec 'apiVersion: v1
kind: Secret
metadata:
  name: keys
data:
  ec: {{ genPrivateKey "ecdsa" | b64enc }}
  ed: {{ genPrivateKey "ed25519" | b64enc }}'
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# one timed run: prints "wall_ms cpu_ms"
timed() {
  /usr/bin/time -f '%e %U %S' -o "$tmp/t" "$@" >/dev/null 2>&1 || true
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$tmp/t"
}
base=${BASELINE:+$(cd "$BASELINE" && pwd)/bin/helm4j}
printf '%-36s' case
[ -n "$base" ] && printf ' %11s %9s' baseline_ms cpu_ms
printf ' %10s %9s %10s %9s %7s\n' helm4j_ms cpu_ms native_ms cpu_ms ratio
for c in "${cases[@]}"; do
  if [ -d "$tmp/$c" ]; then
    args=(release "$tmp/$c")
  elif [ -d "$shared/corpus/charts/$c" ]; then
    args=(release-name "$shared/corpus/charts/$c")
  else
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
  fi
  hw=(); hc=(); nw=(); nc=(); bw=(); bc=()
  for ((i = 0; i < runs; i++)); do
    if [ -n "$base" ]; then read -r w u < <(timed "$base" template "${args[@]}"); bw+=("$w"); bc+=("$u"); fi
    read -r w u < <(timed "${HELM4J_CMD:-$here/bin/helm4j}" template "${args[@]}"); hw+=("$w"); hc+=("$u")
    read -r w u < <(timed "$shared/oracle/helm-native" "${args[@]}"); nw+=("$w"); nc+=("$u")
  done
  hm=$(printf '%s\n' "${hw[@]}" | median); nm=$(printf '%s\n' "${nw[@]}" | median)
  printf '%-36s' "$c"
  [ -n "$base" ] && printf ' %11s %9s' "$(printf '%s\n' "${bw[@]}" | median)" "$(printf '%s\n' "${bc[@]}" | median)"
  printf ' %10s %9s %10s %9s %7s\n' "$hm" "$(printf '%s\n' "${hc[@]}" | median)" \
    "$nm" "$(printf '%s\n' "${nc[@]}" | median)" "$(awk -v a="$hm" -v b="$nm" 'BEGIN {printf "%.2f", a/b}')"
done
