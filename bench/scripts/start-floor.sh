#!/usr/bin/env bash
# `helm4j version` against the JVM's floor, measured in one run: a hello world started with the launcher's
# flags (C1 only, SerialGC, no perf data) and an AOT cache of its own, alternated with bin/helm4j version
# (and with Go Helm when HELM4_BIN names it; BASELINE=another built checkout adds its bin/helm4j).
# Prints median wall and CPU (user+sys) time in ms, and helm4j's ratios to the hello world.
# Usage: [BASELINE=dir] [HELM4_BIN=helm] bench/scripts/start-floor.sh [RUNS] [helm4j args...]   (default: 11 version)
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-11}; shift || true
args=("$@"); [ ${#args[@]} -eq 0 ] && args=(version)
set +u; . "$here/bin/classpath.sh"; set -u
java=$(set +u; helm4j_find_java)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
flags=(-XX:-UsePerfData -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m -Xss16m)
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$tmp/Hello.java"
"$(dirname "$java")/javac" -d "$tmp" "$tmp/Hello.java"
(cd "$tmp" && "$(dirname "$java")/jar" cf hello.jar Hello.class)
"$java" -XX:AOTCacheOutput="$tmp/hello.aot" "${flags[@]}" -cp "$tmp/hello.jar" Hello >/dev/null 2>&1
timed() { /usr/bin/time -f '%e %U %S' -o "$tmp/t" "$@" >/dev/null 2>&1 || true; awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$tmp/t"; }
names=(hello helm4j); cmds=("$java ${flags[*]} -XX:AOTCache=$tmp/hello.aot -Xlog:aot=off -Xlog:cds=off -cp $tmp/hello.jar Hello" "$here/bin/helm4j ${args[*]}")
[ -n "${BASELINE:-}" ] && { names+=(baseline); cmds+=("$(cd "$BASELINE" && pwd)/bin/helm4j ${args[*]}"); }
[ -n "${HELM4_BIN:-}" ] && { names+=(go-helm); cmds+=("$HELM4_BIN ${args[*]}"); }
declare -A wall cpu
for ((i = 0; i < runs; i++)); do
  for j in "${!names[@]}"; do
    read -r w c < <(timed ${cmds[$j]})
    wall[$j]+="$w "; cpu[$j]+="$c "
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
hw=$(echo "${wall[0]}" | median); hc=$(echo "${cpu[0]}" | median)
printf '%-10s %8s %8s %10s %10s\n' run wall_ms cpu_ms wall/hello cpu/hello
for j in "${!names[@]}"; do
  w=$(echo "${wall[$j]}" | median); c=$(echo "${cpu[$j]}" | median)
  printf '%-10s %8s %8s %10s %10s\n' "${names[$j]}" "$w" "$c" "$(awk -v a="$w" -v b="$hw" 'BEGIN {printf "%.2f", a/b}')" \
    "$(awk -v a="$c" -v b="$hc" 'BEGIN {printf "%.2f", b ? a/b : 0}')"
done
echo "helm4j args: ${args[*]}; $runs runs alternated; load average $(cut -d' ' -f1-3 /proc/loadavg)"
