#!/usr/bin/env bash
# Cold start of cluster commands, helm4j against the reference Helm 4, runs alternated, medians:
#  1. time to the first request: from the process start to the moment a local listener (which
#     stands for the API server, then hangs up) accepts the command's first connection;
#  2. wall time of `list` and `status` against the real cluster (HELM4J_IT_KUBECONFIG), on a
#     small release kperf-start installed (by Helm) in the namespace kperf-start-$$ and removed at the end.
# Usage: bench/scripts/cluster-start.sh [RUNS]          (default 7)
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
helm=${HELM4_BIN:-$HOME/.cache/helm4/v4.3.2/helm}
h4j=$here/bin/helm4j
kubectl=${KUBECTL:-$(command -v kubectl || echo /opt/kube/bin/kubectl)}
runs=${1:-7}
tmp=$(mktemp -d)
now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
pids=()
ns=""
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  if [ -n "$ns" ]; then
    KUBECONFIG=$HELM4J_IT_KUBECONFIG "$helm" uninstall kperf-start -n "$ns" >/dev/null 2>&1 || true
    KUBECONFIG=$HELM4J_IT_KUBECONFIG "$kubectl" delete namespace "$ns" --wait=false >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# 1. the first request
python3 - "$tmp/accepts" "$tmp/port" <<'PY' &
import socket, sys, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 0)); s.listen(64)
open(sys.argv[2], "w").write(str(s.getsockname()[1]))
while True:
    c, _ = s.accept()
    t = time.time_ns()
    with open(sys.argv[1], "a") as f:
        f.write(f"{t}\n")
    c.close()
PY
pids+=($!)
for _ in $(seq 50); do [ -s "$tmp/port" ] && break; sleep 0.1; done
port=$(cat "$tmp/port")
cat >"$tmp/kubeconfig" <<K
apiVersion: v1
kind: Config
clusters:
- name: fake
  cluster: {server: "https://127.0.0.1:$port", insecure-skip-tls-verify: true}
users:
- name: fake
  user: {token: fake}
contexts:
- name: fake
  context: {cluster: fake, user: fake, namespace: kperf-start}
current-context: fake
K
first_request() { # bin -> ms from start to the first accepted connection
  : >"$tmp/accepts"
  local t0; t0=$(now)
  KUBECONFIG=$tmp/kubeconfig HELM_CONFIG_HOME=$tmp/cfg HELM_CACHE_HOME=$tmp/cache timeout 20 "$1" list >/dev/null 2>&1 || true
  local t1; t1=$(head -n 1 "$tmp/accepts")
  echo $(( (t1 - t0) / 1000000 ))
}
a=(); b=()
for ((i = 0; i < runs; i++)); do
  a+=("$(first_request "$h4j")"); b+=("$(first_request "$helm")")
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "first request of 'list': helm4j ${a[*]} ms; helm ${b[*]} ms"
echo "  median helm4j $(printf '%s\n' "${a[@]}" | median) ms, helm $(printf '%s\n' "${b[@]}" | median) ms"

# 2. whole commands against the real cluster
if [ -z "${HELM4J_IT_KUBECONFIG:-}" ]; then
  echo "HELM4J_IT_KUBECONFIG not set: no cluster timings"; exit 0
fi
export KUBECONFIG=$HELM4J_IT_KUBECONFIG
ns=kperf-start-$$
mkdir -p "$tmp/chart/templates"
printf 'apiVersion: v2\nname: small\nversion: 0.1.0\n' >"$tmp/chart/Chart.yaml"
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: small\ndata:\n  a: "1"\n' >"$tmp/chart/templates/cm.yaml"
"$helm" install kperf-start "$tmp/chart" -n "$ns" --create-namespace >/dev/null
for cmd in "list" "status kperf-start"; do
  a=(); b=()
  for ((i = 0; i < runs; i++)); do
    t0=$(now); $h4j $cmd -n "$ns" >/dev/null; t1=$(now); $helm $cmd -n "$ns" >/dev/null; t2=$(now)
    a+=($(( (t1 - t0) / 1000000 ))); b+=($(( (t2 - t1) / 1000000 )))
  done
  echo "'$cmd': helm4j ${a[*]} ms; helm ${b[*]} ms"
  echo "  median helm4j $(printf '%s\n' "${a[@]}" | median) ms, helm $(printf '%s\n' "${b[@]}" | median) ms"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
