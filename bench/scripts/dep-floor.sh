#!/usr/bin/env bash
# Where a cold `dependency update` of 15 charts from a tiny loopback repository spends its CPU: the same chart and
# caches, commands that do a little more each (CPU ms, user + system from /usr/bin/time; medians of N, helm4j and
# Helm 4 alternated). The difference between two lines is what the second adds:
#   jvm         the JVM with the distribution AOT cache printing `version` (Main without picocli): the start floor
#   repo list   picocli, settings, repositories.yaml
#   dep list    the chart loaded, Chart.lock and charts/ compared
#   build-off   `dependency build --skip-refresh` (charts/ removed): Chart.lock read, 15 charts from the content cache
#               (helm4j) or downloaded (Helm), each archive checked, moved into charts/
#   update-off  `dependency update --skip-refresh`: the resolver over the cached index, then as build-off, Chart.lock
#   update      `dependency update`: the index downloaded first (the HTTP client), then as update-off
# Usage: bench/scripts/dep-floor.sh [N]   (needs `./mvnw package`, python3, Helm 4 at $HELM4)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-7}
helm=${HELM4:-$HOME/.cache/helm4/v4.3.2/helm}
h4j=${HELM4J:-$root/bin/helm4j}
work=$(mktemp -d /tmp/dep-floor.XXXXXX)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
p=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
mkdir -p "$work/repo"
for i in $(seq -w 1 15); do
  d=$work/src/dep$i; mkdir -p "$d/templates"
  printf 'apiVersion: v2\nname: dep%s\nversion: 1.%s.0\n' "$i" "$i" > "$d/Chart.yaml"
  for t in $(seq 1 20); do printf 'kind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-%s\ndata:\n  k: "%s"\n' "$t" "$(head -c 3000 /dev/zero | tr '\0' x)" > "$d/templates/cm$t.yaml"; done
  "$helm" package "$d" -d "$work/repo" >/dev/null
done
"$helm" repo index "$work/repo" --url "http://127.0.0.1:$p" >/dev/null
(cd "$work/repo" && exec python3 -m http.server "$p" --bind 127.0.0.1 >/dev/null 2>&1) & pid=$!
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$p/" && break; sleep 0.1; done
for i in $(seq -w 1 15); do printf -- '- name: dep%s\n  version: ^1.0.0\n  repository: http://127.0.0.1:%s\n' "$i" "$p"; done > "$work/deps"
# the launcher's java, class path and distribution cache (bin/classpath.sh, bin/helm4j)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
tgt=$(dirname "$(dirname "$h4j")")/cli/target
helm4j_cp=$tgt/helm4j.jar; for f in "$tgt"/lib/*.jar; do helm4j_cp="$helm4j_cp:$f"; done
helm4j_aot_dist=$tgt/helm4j-dist.aot
helm4j_props="-Dslf4j.provider=org.slf4j.nop.NOPServiceProvider -Dslf4j.internal.verbosity=WARN -Dpicocli.disable.closures=true"
cpu() { /usr/bin/time -o "$work/t" -f '%U %S' "$@" >/dev/null 2>&1 || true; awk '{printf "%d\n", ($1 + $2) * 1000}' "$work/t"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
steps="jvm repo-list dep-list build-off update-off update"
for who in h j; do
  home=$work/$who-home; bin=$([ $who = h ] && echo "$helm" || echo "$h4j")
  env XDG_CONFIG_HOME=$home/c XDG_CACHE_HOME=$home/k XDG_DATA_HOME=$home/d "$bin" repo add r "http://127.0.0.1:$p" >/dev/null
  chart=$work/$who-parent; mkdir -p "$chart"
  { printf 'apiVersion: v2\nname: parent\nversion: 0.1.0\ndependencies:\n'; cat "$work/deps"; } > "$chart/Chart.yaml"
  env XDG_CONFIG_HOME=$home/c XDG_CACHE_HOME=$home/k XDG_DATA_HOME=$home/d "$bin" dependency update "$chart" >/dev/null
  for s in $steps; do : > "$work/$who.$s"; done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); runs: $n"
for r in $(seq "$n"); do
  for s in $steps; do
    for who in h j; do
      home=$work/$who-home; bin=$([ $who = h ] && echo "$helm" || echo "$h4j"); chart=$work/$who-parent
      e="XDG_CONFIG_HOME=$home/c XDG_CACHE_HOME=$home/k XDG_DATA_HOME=$home/d"
      case $s in
      jvm) if [ $who = h ]; then cpu env $e "$bin" version; else
             cpu env $e "$java" -XX:-UsePerfData -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=4 -XX:+UseSerialGC \
               -Xms64m -Xss16m $helm4j_props -XX:AOTCache="$helm4j_aot_dist" -Xlog:aot=off -Xlog:cds=off -cp "$helm4j_cp" \
               io.helm4j.cli.Main version; fi ;;
      repo-list) cpu env $e "$bin" repo list ;;
      dep-list) cpu env $e "$bin" dependency list "$chart" ;;
      build-off) rm -rf "$chart/charts"; cpu env $e "$bin" dependency build "$chart" --skip-refresh ;;
      update-off) rm -rf "$chart/charts" "$chart/Chart.lock"; cpu env $e "$bin" dependency update "$chart" --skip-refresh ;;
      update) rm -rf "$chart/charts" "$chart/Chart.lock"; cpu env $e "$bin" dependency update "$chart" ;;
      esac >> "$work/$who.$s"
    done
  done
done
[ "$(ls "$work/j-parent/charts" | wc -l)" = 15 ] || { echo "helm4j's dependency update failed" >&2; exit 1; }
echo "| step | Helm CPU ms | helm4j CPU ms | helm4j step adds |"
echo "|---|---|---|---|"
prev=0
for s in $steps; do
  hm=$(median < "$work/h.$s"); jm=$(median < "$work/j.$s")
  echo "| $s | $hm | $jm | $((jm - prev)) |"; prev=$jm
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
