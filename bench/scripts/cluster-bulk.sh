#!/usr/bin/env bash
# install, upgrade and uninstall of a generated chart with N objects (half ConfigMaps, a quarter Services,
# a quarter Deployments of one pause pod), helm4j against the reference Helm 4, on a real cluster. Runs
# alternate (helm4j first on odd runs, Helm first on even ones) so a loaded machine weighs on both alike;
# each run uses a fresh namespace kperf-bench-* ($NS_PREFIX-* when set), deleted at the end. Prints every timing and
# the medians.
# Needs HELM4J_IT_KUBECONFIG (the shared cluster), `./mvnw -q package -DskipTests`, and Helm 4 at
# $HELM4_BIN (default ~/.cache/helm4/v4.3.2/helm). WAIT=1 adds --wait (Helm 4's watcher) to install and
# upgrade, and --wait to uninstall.
# Usage: bench/scripts/cluster-bulk.sh [RUNS] [SIZE...]     (defaults: 3 runs, sizes 200 300)
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
: "${HELM4J_IT_KUBECONFIG:?set HELM4J_IT_KUBECONFIG (the kubeconfig of the cluster)}"
export KUBECONFIG=$HELM4J_IT_KUBECONFIG
helm=${HELM4_BIN:-$HOME/.cache/helm4/v4.3.2/helm}
h4j=$here/bin/helm4j
kubectl=${KUBECTL:-$(command -v kubectl || echo /opt/kube/bin/kubectl)}
runs=${1:-3}; shift || true
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(200 300)
wait=(); [ "${WAIT:-0}" = 1 ] && wait=(--wait --timeout 10m)
tmp=$(mktemp -d)
namespaces=()
cleanup() {
  for ns in "${namespaces[@]}"; do "$kubectl" delete namespace "$ns" --wait=false >/dev/null 2>&1 || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT
now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# chart with N objects: N/2 ConfigMaps, N/4 headless Services (a ClusterIP each would soon fill the shared
# cluster's /24 service range), the rest Deployments; values.rev changes every object
chart() {
  local n=$1 dir=$tmp/bulk-$1
  local cms=$(( n / 2 )) svcs=$(( n / 4 )); local deps=$(( n - cms - svcs ))
  mkdir -p "$dir/templates"
  printf 'apiVersion: v2\nname: bulk\nversion: 0.1.0\n' >"$dir/Chart.yaml"
  printf 'rev: "1"\nconfigMaps: %d\nservices: %d\ndeployments: %d\n' "$cms" "$svcs" "$deps" >"$dir/values.yaml"
  cat >"$dir/templates/configmaps.yaml" <<'T'
{{- range $i, $e := until (int .Values.configMaps) }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm-{{ $i }}
data:
  rev: {{ $.Values.rev | quote }}
  index: "{{ $i }}"
{{- end }}
T
  cat >"$dir/templates/services.yaml" <<'T'
{{- range $i, $e := until (int .Values.services) }}
---
apiVersion: v1
kind: Service
metadata:
  name: svc-{{ $i }}
  annotations:
    rev: {{ $.Values.rev | quote }}
spec:
  clusterIP: None
  selector:
    app: dep-{{ $i }}
  ports:
  - port: 80
    targetPort: 8080
{{- end }}
T
  cat >"$dir/templates/deployments.yaml" <<'T'
{{- range $i, $e := until (int .Values.deployments) }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: dep-{{ $i }}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: dep-{{ $i }}
  template:
    metadata:
      labels:
        app: dep-{{ $i }}
      annotations:
        rev: {{ $.Values.rev | quote }}
    spec:
      containers:
      - name: pause
        image: registry.k8s.io/pause:3.10
{{- end }}
T
  echo "$dir"
}

# one timed command; its output kept in $tmp/last; a failure stops the benchmark
timed() {
  local t0 t1
  t0=$(now)
  if ! "$@" >"$tmp/last" 2>&1; then cat "$tmp/last" >&2; echo "FAILED: $*" >&2; exit 1; fi
  t1=$(now)
  echo $(( (t1 - t0) / 1000000 ))
}

lifecycle() { # tool bin size run -> "install upgrade uninstall" in ms, in $tmp/result
  local tool=$1 bin=$2 n=$3 i=$4 dir=$tmp/bulk-$3
  local ns=${NS_PREFIX:-kperf-bench}-$tool-$n-$i-$$
  namespaces+=("$ns")
  local a b c
  a=$(timed "$bin" install bulk "$dir" -n "$ns" --create-namespace "${wait[@]}")
  b=$(timed "$bin" upgrade bulk "$dir" -n "$ns" --set rev=2 "${wait[@]}")
  c=$(timed "$bin" uninstall bulk -n "$ns" "${wait[@]}")
  "$kubectl" delete namespace "$ns" --wait=false >/dev/null 2>&1 || true
  echo "$a $b $c" >"$tmp/result"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); helm: $("$helm" version --short 2>/dev/null); wait: ${WAIT:-0}"
for n in "${sizes[@]}"; do
  chart "$n" >/dev/null
  declare -a hi=() hu=() hd=() gi=() gu=() gd=()
  for ((i = 1; i <= runs; i++)); do
    if (( i % 2 )); then
      lifecycle helm4j "$h4j" "$n" "$i"; read -r a b c <"$tmp/result"
      lifecycle helm "$helm" "$n" "$i"; read -r d e f <"$tmp/result"
    else
      lifecycle helm "$helm" "$n" "$i"; read -r d e f <"$tmp/result"
      lifecycle helm4j "$h4j" "$n" "$i"; read -r a b c <"$tmp/result"
    fi
    hi+=("$a"); hu+=("$b"); hd+=("$c"); gi+=("$d"); gu+=("$e"); gd+=("$f")
    echo "  $n objects, run $i: helm4j install/upgrade/uninstall $a/$b/$c ms, helm $d/$e/$f ms (load $(cut -d' ' -f1 /proc/loadavg))"
  done
  for op in install upgrade uninstall; do
    case $op in install) x=("${hi[@]}"); y=("${gi[@]}");; upgrade) x=("${hu[@]}"); y=("${gu[@]}");; *) x=("${hd[@]}"); y=("${gd[@]}");; esac
    mx=$(printf '%s\n' "${x[@]}" | median); my=$(printf '%s\n' "${y[@]}" | median)
    printf '%s objects, %-9s median helm4j %6s ms, helm %6s ms, helm/helm4j %s\n' "$n" "$op" "$mx" "$my" \
      "$(awk -v a="$mx" -v b="$my" 'BEGIN { printf "%.2f", b / a }')"
  done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
