#!/usr/bin/env bash
# Distribution benchmarks against the reference Helm 4, alternated, medians of N runs (wall ms; peak RSS MB):
#   dep-update  `dependency update` of a chart with 15 dependencies from a loopback repository (new charts/ and
#               Chart.lock each run), then a repeat `dependency build --skip-refresh` with the repository stopped
#               (helm4j serves it from its content cache; Helm cannot and fails, so only helm4j's time is kept)
#   search      `search repo` against a 30 MB Bitnami-shaped index.yaml after `repo add` (bench/scripts/gen-index.py)
#   lookup      `show chart big/chart150` against the same index (one chart looked up, its archive served)
# Usage: bench/scripts/dist-bench.sh [N] [CASE...]   (needs `./mvnw package`, python3, Helm 4 at $HELM4)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-5}; shift || true
cases=${*:-dep-update search lookup}
helm=${HELM4:-$HOME/.cache/helm4/v4.3.2/helm}
h4j=${HELM4J:-$root/bin/helm4j}
work=$(mktemp -d /tmp/dist-bench.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
serve() { # DIR PORT
  (cd "$1" && exec python3 -m http.server "$2" --bind 127.0.0.1 >/dev/null 2>&1) & pids+=($!)
  for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$2/" && return 0; sleep 0.1; done
}
# ms and peak RSS (MB) of one run: "MS RSS"
timed() {
  local t0 t1 rss
  t0=$(date +%s%N)
  /usr/bin/time -o "$work/rss" -f '%M' "$@" >/dev/null 2>&1 || true; rss=$(tail -n 1 "$work/rss")
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000000 )) $(( ${rss:-0} / 1024 ))"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
envs() { # PROGRAM-HOME
  echo "XDG_CONFIG_HOME=$1/config XDG_CACHE_HOME=$1/cache XDG_DATA_HOME=$1/data HOME=$1"
}
report() { # NAME FILE-HELM FILE-H4J
  local hm hr jm jr
  hm=$(cut -d' ' -f1 "$2" | median); hr=$(cut -d' ' -f2 "$2" | median)
  jm=$(cut -d' ' -f1 "$3" | median); jr=$(cut -d' ' -f2 "$3" | median)
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$hm" "$jm" "$(awk -v a="$hm" -v b="$jm" 'BEGIN{printf "%.2f", a/b}')" "$hr" "$jr"
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); runs: $n"
echo "| case | Helm 4 ms | helm4j ms | Helm/helm4j | Helm MB | helm4j MB |"
echo "|---|---|---|---|---|---|"
for c in $cases; do
  case $c in
  dep-update)
    repo=$work/deprepo; mkdir -p "$repo"
    for i in $(seq -w 1 15); do
      d=$work/src/dep$i; mkdir -p "$d/templates"
      printf 'apiVersion: v2\nname: dep%s\nversion: 1.%s.0\n' "$i" "$i" > "$d/Chart.yaml"
      for t in $(seq 1 20); do printf 'kind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-%s\ndata:\n  k: "%s"\n' "$t" "$(head -c 3000 /dev/zero | tr '\0' x)" > "$d/templates/cm$t.yaml"; done
      "$helm" package "$d" -d "$repo" >/dev/null
    done
    p=$(port); serve "$repo" "$p"; "$helm" repo index "$repo" --url "http://127.0.0.1:$p" >/dev/null
    deps=""; for i in $(seq -w 1 15); do deps="$deps- name: dep$i\n  version: ^1.0.0\n  repository: http://127.0.0.1:$p\n"; done
    : > "$work/h.dep"; : > "$work/j.dep"; : > "$work/j.cached"
    for who in h j; do env $(envs "$work/$who-home") "$([ $who = h ] && echo "$helm" || echo "$h4j")" repo add r "http://127.0.0.1:$p" >/dev/null; done
    for r in $(seq "$n"); do
      for who in h j; do
        chart=$work/$who-parent; rm -rf "$chart"; mkdir -p "$chart"
        printf "apiVersion: v2\nname: parent\nversion: 0.1.0\ndependencies:\n$deps" > "$chart/Chart.yaml"
        bin=$([ $who = h ] && echo "$helm" || echo "$h4j")
        env $(envs "$work/$who-home") true
        timed env $(envs "$work/$who-home") "$bin" dependency update "$chart" >> "$work/$who.dep"
      done
    done
    report "dependency update, 15 deps" "$work/h.dep" "$work/j.dep"
    kill "${pids[-1]}"; unset 'pids[-1]'
    for r in $(seq "$n"); do
      rm -rf "$work/j-parent/charts"
      timed env $(envs "$work/j-home") "$h4j" dependency build "$work/j-parent" --skip-refresh >> "$work/j.cached"
    done
    [ -f "$work/j-parent/charts/dep15-1.15.0.tgz" ] || { echo "cached build failed" >&2; exit 1; }
    echo "| dependency build --skip-refresh, repository stopped (content cache) | - | $(cut -d' ' -f1 "$work/j.cached" | median) | - | - | $(cut -d' ' -f2 "$work/j.cached" | median) |"
    ;;
  search|lookup)
    big=$work/big; mkdir -p "$big"
    if [ ! -f "$big/index.yaml" ]; then
      python3 "$here/gen-index.py" "$big/index.yaml" 300 95
      d=$work/src/chart150; mkdir -p "$d/templates"
      printf 'apiVersion: v2\nname: chart150\nversion: 95.15.0\n' > "$d/Chart.yaml"
      "$helm" package "$d" -d "$big" >/dev/null
      p=$(port); serve "$big" "$p"
      fake=$(printf 'chart150-95.15.0' | sha256sum | cut -d' ' -f1)
      real=$(sha256sum "$big/chart150-95.15.0.tgz" | cut -d' ' -f1)
      sed -i "s#https://charts.example.com/#http://127.0.0.1:$p/#; s#$fake#$real#" "$big/index.yaml"
      for who in h j; do
        env $(envs "$work/$who-home") "$([ $who = h ] && echo "$helm" || echo "$h4j")" repo add big "http://127.0.0.1:$p" >/dev/null
      done
    fi
    : > "$work/h.$c"; : > "$work/j.$c"
    for r in $(seq "$n"); do
      for who in h j; do
        bin=$([ $who = h ] && echo "$helm" || echo "$h4j")
        if [ "$c" = search ]; then
          timed env $(envs "$work/$who-home") "$bin" search repo chart15 >> "$work/$who.$c"
        else
          timed env $(envs "$work/$who-home") "$bin" show chart big/chart150 --version 95.15.0 >> "$work/$who.$c"
        fi
      done
    done
    report "$([ "$c" = search ] && echo "search repo, $(du -m "$big/index.yaml" | cut -f1) MB index" || echo "show chart big/chart150 (one lookup), same index")" "$work/h.$c" "$work/j.$c"
    ;;
  *) echo "unknown case $c" >&2; exit 2 ;;
  esac
done
