#!/usr/bin/env bash
# `helm4j diff upgrade` of an N-object release against the reference Helm 4's `upgrade --dry-run=server` of the
# same release and change, and against helm4j's own `upgrade` of it, on the cluster of $KUBECONFIG
# (default: $HELM4J_IT_KUBECONFIG). Alternates the programs, R rounds, prints each time and the medians.
#
#   bench/scripts/diff-bench.sh [N=300] [R=5]
#
# CHANGE=all (default) changes a value every object carries; CHANGE=tenth one that only every tenth object carries.
# FLAGS="--qps 1000 --burst-limit 1000" passes global flags to both programs' timed commands; UPGRADES=0 skips
# the timing of helm4j's own upgrade. BASE=DIR also times the diff of another built checkout (DIR/bin/helm4j), in
# the same rounds.
#
# Needs a built checkout (bin/helm4j) and Helm 4.3.2 ($HELM, default ~/.cache/helm4/v4.3.2/helm). Creates the
# namespace plan-bench-PID (or $NS) and deletes it at the end.
set -euo pipefail
N=${1:-300}
R=${2:-5}
HERE=$(cd "$(dirname "$0")/../.." && pwd)
HELM=${HELM:-$HOME/.cache/helm4/v4.3.2/helm}
H4J=${H4J:-$HERE/bin/helm4j}
export KUBECONFIG=${KUBECONFIG:-${HELM4J_IT_KUBECONFIG:?set KUBECONFIG or HELM4J_IT_KUBECONFIG}}
NS=${NS:-plan-bench-$$}
FLAGS=${FLAGS:-}
BASE=${BASE:-}
CHANGE=${CHANGE:-all}
KEY=v; [ "$CHANGE" = tenth ] && KEY=w
UPGRADES=${UPGRADES:-$R}
REL=plan-bench
WORK=$(mktemp -d)
trap '/opt/kube/bin/kubectl delete namespace "$NS" --wait=false >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

# a chart of N objects: 3 of 5 ConfigMaps, 1 of 5 Secrets, 1 of 5 Services, every one changing with .Values.v
mkdir -p "$WORK/bench/templates"
printf 'apiVersion: v2\nname: bench\nversion: 0.1.0\n' >"$WORK/bench/Chart.yaml"
printf 'count: %d\nv: 1\nw: 1\n' "$N" >"$WORK/bench/values.yaml"
cat >"$WORK/bench/templates/objects.yaml" <<'T'
{{- range $i := until (int .Values.count) }}
{{- $k := mod $i 5 }}
---
{{ if lt $k 3 }}
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm-{{ $i }}
  labels: {bench: "true", index: "{{ $i }}"}
data:
  version: "{{ $.Values.v }}"
  fixed: "unchanged {{ $i }}"
  tenth: "{{ if eq (mod $i 10) 0 }}{{ $.Values.w }}{{ end }}"
{{- else if eq $k 3 }}
apiVersion: v1
kind: Secret
metadata:
  name: secret-{{ $i }}
stringData:
  version: "{{ $.Values.v }}"
{{- else }}
apiVersion: v1
kind: Service
metadata:
  name: svc-{{ $i }}
  annotations: {version: "{{ $.Values.v }}"}
spec:
  selector: {app: "bench-{{ $i }}"}
  ports:
  - port: 80
    targetPort: 8080
{{- end }}
{{- end }}
T

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; return 1; }; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

echo "N=$N objects, R=$R rounds, change: $CHANGE, flags '$FLAGS', namespace $NS, load: $(cut -d' ' -f1-3 /proc/loadavg)"
"$H4J" install "$REL" "$WORK/bench" -n "$NS" --create-namespace >/dev/null
echo "installed: $(/opt/kube/bin/kubectl get configmaps,secrets,services -n "$NS" --no-headers | wc -l) objects"

: >"$WORK/diff"; : >"$WORK/helm"; : >"$WORK/client"; : >"$WORK/base"
for r in $(seq 1 "$R"); do
  v=$((r + 1))
  if (( r % 2 )); then
    d=$(ms "$H4J" diff upgrade "$REL" "$WORK/bench" -n "$NS" --set $KEY=$v $FLAGS)
    h=$(ms "$HELM" upgrade "$REL" "$WORK/bench" -n "$NS" --set $KEY=$v --dry-run=server $FLAGS)
  else
    h=$(ms "$HELM" upgrade "$REL" "$WORK/bench" -n "$NS" --set $KEY=$v --dry-run=server $FLAGS)
    d=$(ms "$H4J" diff upgrade "$REL" "$WORK/bench" -n "$NS" --set $KEY=$v $FLAGS)
  fi
  c=$(ms "$H4J" diff upgrade "$REL" "$WORK/bench" -n "$NS" --set $KEY=$v --dry-run=client $FLAGS)
  b=""
  if [ -n "$BASE" ]; then
    b=$(ms "$BASE/bin/helm4j" diff upgrade "$REL" "$WORK/bench" -n "$NS" --set $KEY=$v $FLAGS)
    echo "$b" >>"$WORK/base"
    b=", base diff upgrade ${b} ms"
  fi
  echo "round $r: helm4j diff upgrade ${d} ms, helm upgrade --dry-run=server ${h} ms, helm4j diff --dry-run=client ${c} ms${b}  (load $(cut -d' ' -f1 /proc/loadavg))"
  echo "$d" >>"$WORK/diff"; echo "$h" >>"$WORK/helm"; echo "$c" >>"$WORK/client"
done

: >"$WORK/up"
for r in $(seq 1 "$UPGRADES"); do
  u=$(ms "$H4J" upgrade "$REL" "$WORK/bench" -n "$NS" --set $KEY=$((100 + r)) $FLAGS)
  echo "round $r: helm4j upgrade ${u} ms"
  echo "$u" >>"$WORK/up"
done

D=$(median <"$WORK/diff"); H=$(median <"$WORK/helm"); C=$(median <"$WORK/client"); U=$(median <"$WORK/up"); U=${U:-0}
echo "median: helm4j diff upgrade $D ms; helm upgrade --dry-run=server $H ms; helm4j diff --dry-run=client $C ms; helm4j upgrade $U ms"
[ -n "$BASE" ] && echo "median: base diff upgrade $(median <"$WORK/base") ms"
awk -v d="$D" -v h="$H" -v u="$U" 'BEGIN {printf "Helm dry-run / helm4j diff = %.2f (target >= 2)", h / d; if (u > 0) printf "; helm4j diff / helm4j upgrade = %.2f (target <= 2)", d / u; print ""}'
