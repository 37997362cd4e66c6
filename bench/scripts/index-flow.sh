#!/usr/bin/env bash
# Peak memory and time of the large-index flow (issue 8's target: after the first `repo update`, `search repo` and
# `install repo/chart` pay no full re-parse of the index and peak under 256 MiB): a 30 MB Bitnami-shaped index.yaml
# (gen-index.py: 300 charts x 95 versions) served on loopback; helm4j runs `repo add` (first download, empty cache),
# `repo update` of the same bytes (unchanged), `repo update` after the cache was removed (first download again),
# `repo update` of a changed index (one chart version's description edited: parsed again), `search repo chart15`,
# `show chart big/chart150 --version 95.15.0` and `install big/chart150 --version 95.15.0 --dry-run=client`. Peak
# RSS from /usr/bin/time; N runs each, medians. HELM4J=path/to/bin/helm4j for another build; HELM4_TOO=1 runs Helm 4
# alongside (minutes per run on this index).
# Usage: bench/scripts/index-flow.sh [N]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-3}
helm=${HELM4:-$HOME/.cache/helm4/v4.3.2/helm}
h4j=${HELM4J:-$root/bin/helm4j}
work=$(mktemp -d /tmp/index-flow.XXXXXX)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
p=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
big=$work/big; mkdir -p "$big"
python3 "$here/gen-index.py" "$big/index.yaml" 300 95
d=$work/src/chart150; mkdir -p "$d/templates"
printf 'apiVersion: v2\nname: chart150\nversion: 95.15.0\n' > "$d/Chart.yaml"
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n' > "$d/templates/cm.yaml"
"$helm" package "$d" -d "$big" >/dev/null
fake=$(printf 'chart150-95.15.0' | sha256sum | cut -d' ' -f1)
real=$(sha256sum "$big/chart150-95.15.0.tgz" | cut -d' ' -f1)
sed -i "s#https://charts.example.com/#http://127.0.0.1:$p/#; s#$fake#$real#" "$big/index.yaml"
cp "$big/index.yaml" "$work/index.a"
sed '0,/it describes a database/s//it describes a changed database/' "$work/index.a" > "$work/index.b"
(cd "$big" && exec python3 -m http.server "$p" --bind 127.0.0.1 >/dev/null 2>&1) & pid=$!
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$p/" && break; sleep 0.1; done
timed() { # prints "MS MB CPU-MS EXIT"
  local t0 t1 rc=0
  t0=$(date +%s%N)
  /usr/bin/time -o "$work/rss" -f '%M %U %S' "$@" >"$work/out" 2>"$work/err" || rc=$?
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000000 )) $(( $(tail -n 1 "$work/rss" | cut -d' ' -f1) / 1024 )) $(tail -n 1 "$work/rss" | awk '{printf "%d", ($2 + $3) * 1000}') $rc"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); index $(du -m "$big/index.yaml" | cut -f1) MB; runs: $n"
echo "| program | step | ms | CPU ms | peak MB | exit |"
echo "|---|---|---|---|---|---|"
for who in j $( [ -n "${HELM4_TOO:-}" ] && echo h ); do
  bin=$([ $who = h ] && echo "$helm" || echo "$h4j"); name=$([ $who = h ] && echo Helm || echo helm4j)
  home=$work/$who-home
  e="XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache XDG_DATA_HOME=$home/data HOME=$home"
  steps=("repo add" "repo update, unchanged" "repo update, empty cache" "repo update, index changed" "search repo chart15" "show chart big/chart150" "install big/chart150 --dry-run=client")
  for s in "${steps[@]}"; do : > "$work/$who.$(echo "$s" | tr -c 'a-z' _)"; done
  for r in $(seq "$n"); do
    rm -rf "$home"; cp "$work/index.a" "$big/index.yaml"
    for s in "${steps[@]}"; do
      f=$work/$who.$(echo "$s" | tr -c 'a-z' _)
      case $s in
      "repo add") timed env $e "$bin" repo add big "http://127.0.0.1:$p" >> "$f" ;;
      "repo update, unchanged") timed env $e "$bin" repo update >> "$f" ;;
      "repo update, empty cache") rm -rf "$home/cache/helm/repository"; timed env $e "$bin" repo update >> "$f" ;;
      "repo update, index changed") cp "$work/index.b" "$big/index.yaml"; timed env $e "$bin" repo update >> "$f" ;;
      "search repo chart15") timed env $e "$bin" search repo chart15 >> "$f"
        grep -q 'big/chart150' "$work/out" || { echo "search failed: $(cat "$work/err")" >&2; exit 1; } ;;
      "show chart big/chart150") timed env $e "$bin" show chart big/chart150 --version 95.15.0 >> "$f"
        grep -q 'name: chart150' "$work/out" || { echo "show failed: $(cat "$work/err")" >&2; exit 1; } ;;
      "install big/chart150 --dry-run=client") timed env $e "$bin" install x big/chart150 --version 95.15.0 --dry-run=client >> "$f"
        grep -q 'kind: ConfigMap' "$work/out" || { echo "install failed: $(cat "$work/err")" >&2; exit 1; } ;;
      esac
    done
  done
  for s in "${steps[@]}"; do
    f=$work/$who.$(echo "$s" | tr -c 'a-z' _)
    echo "| $name | \`$s\` | $(cut -d' ' -f1 "$f" | median) | $(cut -d' ' -f3 "$f" | median) | $(cut -d' ' -f2 "$f" | median) ($(cut -d' ' -f2 "$f" | sort -n | tr '\n' ' ' | sed 's/ $//')) | $(cut -d' ' -f4 "$f" | sort -u | tr '\n' ' ' | sed 's/ $//') |"
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
