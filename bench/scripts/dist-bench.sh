#!/usr/bin/env bash
# Distribution benchmarks against the reference Helm 4, alternated, medians of N runs (wall ms; CPU ms, user + system;
# peak RSS MB). On a loaded machine the wall time follows the CPU time times the load: read both.
#   dep-update  `dependency update` of a chart with 15 dependencies from a loopback repository (new charts/ and
#               Chart.lock each run), then `dependency build` of the same chart (charts/ removed each run, the
#               repository refreshed as both do by default), `repo update` of that repository, `pull repo/chart`,
#               and a repeat `dependency build --skip-refresh` with the repository stopped (helm4j serves it from its
#               content cache; Helm cannot and fails, so only helm4j's time is kept)
#   oci         `push` of a chart archive and `pull oci://` of it, plain HTTP, to the registry at $HELM4J_IT_REGISTRY
#               (.ci/registry start); skipped without it
#   search      `search repo` against a 30 MB Bitnami-shaped index.yaml after `repo add` (bench/scripts/gen-index.py)
#   lookup      `show chart big/chart150` against the same index (one chart looked up, its archive served)
#   dep-index   `dependency update` of 15 dependencies from a loopback repository whose index.yaml is tiny (the 15
#               charts), ~3 MB or ~30 MB (the 15 charts among Bitnami-shaped padding from gen-index.py; sizes in
#               $DEP_INDEX_SIZES, default "tiny 3 30"): "first" with empty caches (index and charts downloaded),
#               "repeat" with the caches kept (the index downloaded again, as both refresh by default, the charts
#               from the content cache), then "offline": --skip-refresh with the repository stopped. charts/ and
#               Chart.lock (but its generated: time) must be identical between Helm and helm4j, or the script fails.
# Usage: bench/scripts/dist-bench.sh [N] [CASE...]   (needs `./mvnw package`, python3, Helm 4 at $HELM4)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-5}; shift || true
cases=${*:-dep-update oci search lookup}
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
# ms, peak RSS (MB) and CPU ms (user + system) of one run: "MS RSS CPU"
timed() {
  local t0 t1 rss cpu
  t0=$(date +%s%N)
  /usr/bin/time -o "$work/rss" -f '%M %U %S' "$@" >/dev/null 2>&1 || true
  t1=$(date +%s%N)
  rss=$(tail -n 1 "$work/rss" | cut -d' ' -f1); cpu=$(tail -n 1 "$work/rss" | awk '{printf "%d", ($2 + $3) * 1000}')
  echo "$(( (t1 - t0) / 1000000 )) $(( ${rss:-0} / 1024 )) ${cpu:-0}"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
envs() { # PROGRAM-HOME
  echo "XDG_CONFIG_HOME=$1/config XDG_CACHE_HOME=$1/cache XDG_DATA_HOME=$1/data HOME=$1"
}
report() { # NAME FILE-HELM FILE-H4J
  local hm hr hc jm jr jc
  hm=$(cut -d' ' -f1 "$2" | median); hr=$(cut -d' ' -f2 "$2" | median); hc=$(cut -d' ' -f3 "$2" | median)
  jm=$(cut -d' ' -f1 "$3" | median); jr=$(cut -d' ' -f2 "$3" | median); jc=$(cut -d' ' -f3 "$3" | median)
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$hm" "$jm" \
    "$(awk -v a="$jm" -v b="$hm" 'BEGIN{printf "%.2f", a/b}')" "$hc" "$jc" \
    "$(awk -v a="$jc" -v b="$hc" 'BEGIN{printf "%.2f", (b > 0) ? a/b : 0}')" "$hr" "$jr"
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); runs: $n"
echo "| case | Helm 4 ms | helm4j ms | helm4j/Helm | Helm CPU ms | helm4j CPU ms | CPU helm4j/Helm | Helm MB | helm4j MB |"
echo "|---|---|---|---|---|---|---|---|---|"
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
    : > "$work/h.build"; : > "$work/j.build"; : > "$work/h.rupd"; : > "$work/j.rupd"; : > "$work/h.pull"; : > "$work/j.pull"
    for r in $(seq "$n"); do
      for who in h j; do
        bin=$([ $who = h ] && echo "$helm" || echo "$h4j")
        rm -rf "$work/$who-parent/charts" "$work/$who-pulled"; mkdir -p "$work/$who-pulled"
        timed env $(envs "$work/$who-home") "$bin" dependency build "$work/$who-parent" >> "$work/$who.build"
        timed env $(envs "$work/$who-home") "$bin" repo update >> "$work/$who.rupd"
        timed env $(envs "$work/$who-home") "$bin" pull r/dep07 -d "$work/$who-pulled" >> "$work/$who.pull"
      done
    done
    [ -f "$work/j-parent/charts/dep15-1.15.0.tgz" ] && [ -f "$work/j-pulled/dep07-1.07.0.tgz" ] \
      || { echo "helm4j's dependency build or pull failed" >&2; exit 1; }
    report "dependency build, 15 deps (repository refreshed)" "$work/h.build" "$work/j.build"
    report "repo update, one repository of 15 charts" "$work/h.rupd" "$work/j.rupd"
    report "pull repo/chart" "$work/h.pull" "$work/j.pull"
    kill "${pids[-1]}"; unset 'pids[-1]'
    for r in $(seq "$n"); do
      rm -rf "$work/j-parent/charts"
      timed env $(envs "$work/j-home") "$h4j" dependency build "$work/j-parent" --skip-refresh >> "$work/j.cached"
    done
    [ -f "$work/j-parent/charts/dep15-1.15.0.tgz" ] || { echo "cached build failed" >&2; exit 1; }
    echo "| dependency build --skip-refresh, repository stopped (content cache) | - | $(cut -d' ' -f1 "$work/j.cached" | median) | - | - | $(cut -d' ' -f3 "$work/j.cached" | median) | - | - | $(cut -d' ' -f2 "$work/j.cached" | median) |"
    ;;
  oci)
    if [ -z "${HELM4J_IT_REGISTRY:-}" ]; then echo "| oci: skipped, no HELM4J_IT_REGISTRY (.ci/registry start) | | | | | | | | |"; continue; fi
    d=$work/src/ocichart; mkdir -p "$d/templates"
    printf 'apiVersion: v2\nname: ocichart\nversion: 1.0.0\n' > "$d/Chart.yaml"
    for t in $(seq 1 20); do printf 'kind: ConfigMap\nmetadata:\n  name: cm-%s\n' "$t" > "$d/templates/cm$t.yaml"; done
    "$helm" package "$d" -d "$work" >/dev/null
    : > "$work/h.push"; : > "$work/j.push"; : > "$work/h.opull"; : > "$work/j.opull"
    for r in $(seq "$n"); do
      for who in h j; do
        bin=$([ $who = h ] && echo "$helm" || echo "$h4j")
        ref=oci://$HELM4J_IT_REGISTRY/dist-bench-$$-$who-$r
        rm -rf "$work/$who-opulled"; mkdir -p "$work/$who-opulled"
        timed env $(envs "$work/$who-home") "$bin" push "$work/ocichart-1.0.0.tgz" "$ref" --plain-http >> "$work/$who.push"
        timed env $(envs "$work/$who-home") "$bin" pull "$ref/ocichart" --version 1.0.0 --plain-http -d "$work/$who-opulled" >> "$work/$who.opull"
      done
    done
    [ -f "$work/j-opulled/ocichart-1.0.0.tgz" ] || { echo "helm4j's oci pull failed" >&2; exit 1; }
    report "push CHART.tgz oci://... (plain HTTP, Debian's docker-registry)" "$work/h.push" "$work/j.push"
    report "pull oci://... --version (the chart just pushed)" "$work/h.opull" "$work/j.opull"
    ;;
  dep-index)
    for i in $(seq -w 1 15); do
      d=$work/src/dep$i; [ -d "$d" ] && continue; mkdir -p "$d/templates"
      printf 'apiVersion: v2\nname: dep%s\nversion: 1.%s.0\n' "$i" "$i" > "$d/Chart.yaml"
      for t in $(seq 1 20); do printf 'kind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-%s\ndata:\n  k: "%s"\n' "$t" "$(head -c 3000 /dev/zero | tr '\0' x)" > "$d/templates/cm$t.yaml"; done
      "$helm" package "$d" -d "$work/src/pkgs" >/dev/null
    done
    for size in ${DEP_INDEX_SIZES:-tiny 3 30}; do
      repo=$work/idx-$size; mkdir -p "$repo"; cp "$work/src/pkgs/"*.tgz "$repo/"
      p=$(port); serve "$repo" "$p"; "$helm" repo index "$repo" --url "http://127.0.0.1:$p" >/dev/null
      if [ "$size" != tiny ]; then # the 15 charts' entries among Bitnami-shaped padding: 95 versions a chart, 10 per MB
        python3 "$here/gen-index.py" "$work/pad.yaml" $((size * 10)) 95
        python3 - "$repo/index.yaml" "$work/pad.yaml" <<'PY'
import sys
real, pad = open(sys.argv[1]).read(), open(sys.argv[2]).read()
ours = real[real.index("entries:\n") + 9:real.index("generated:")]
i = pad.index("generated:")
open(sys.argv[1], "w").write(pad[:i] + ours + pad[i:])
PY
      fi
      mb=$(awk -v b="$(stat -c %s "$repo/index.yaml")" 'BEGIN{printf "%.1f", b/1048576}')
      deps=""; for i in $(seq -w 1 15); do deps="$deps- name: dep$i\n  version: ^1.0.0\n  repository: http://127.0.0.1:$p\n"; done
      for who in h j; do
        rm -rf "$work/$who-home"
        env $(envs "$work/$who-home") "$([ $who = h ] && echo "$helm" || echo "$h4j")" repo add r "http://127.0.0.1:$p" >/dev/null
      done
      for mode in first repeat; do : > "$work/h.$mode"; : > "$work/j.$mode"; done
      rs=$n; [ "$size" = 30 ] && rs=${DEP_INDEX_RUNS_30:-$n}
      for r in $(seq "$rs"); do
        for mode in first repeat; do
          for who in h j; do
            chart=$work/$who-parent; rm -rf "$chart"; mkdir -p "$chart"
            printf "apiVersion: v2\nname: parent\nversion: 0.1.0\ndependencies:\n$deps" > "$chart/Chart.yaml"
            bin=$([ $who = h ] && echo "$helm" || echo "$h4j")
            [ $mode = first ] && rm -rf "$work/$who-home/cache"
            timed env $(envs "$work/$who-home") "$bin" dependency update "$chart" >> "$work/$who.$mode"
          done
          for who in h j; do # the same charts/ and Chart.lock from both
            (cd "$work/$who-parent" && ls charts && sha256sum charts/* && grep -v '^generated:' Chart.lock) > "$work/$who.out" 2>&1 || true
          done
          grep -q 'dep15-1.15.0.tgz' "$work/j.out" && cmp -s "$work/h.out" "$work/j.out" \
            || { echo "$size/$mode: charts/ or Chart.lock differ between Helm and helm4j" >&2; diff "$work/h.out" "$work/j.out" >&2; exit 1; }
        done
      done
      report "dependency update, 15 deps, $mb MB index, first (empty caches)" "$work/h.first" "$work/j.first"
      report "dependency update, 15 deps, $mb MB index, repeat (caches kept, index refreshed)" "$work/h.repeat" "$work/j.repeat"
      kill "${pids[-1]}"; unset 'pids[-1]'
      for who in h j; do
        bin=$([ $who = h ] && echo "$helm" || echo "$h4j")
        rm -rf "$work/$who-parent/charts" "$work/$who-parent/Chart.lock"
        timed env $(envs "$work/$who-home") "$bin" dependency update "$work/$who-parent" --skip-refresh > "$work/$who.off"
        [ -f "$work/$who-parent/charts/dep15-1.15.0.tgz" ] && ok=ok || ok=FAILED
        echo "| dependency update --skip-refresh, $mb MB index, repository stopped: $([ $who = h ] && echo Helm || echo helm4j) $ok | $(cut -d' ' -f1 "$work/$who.off") ms | | | | $(cut -d' ' -f3 "$work/$who.off") CPU ms | | | $(cut -d' ' -f2 "$work/$who.off") MB |"
      done
      echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    done
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
