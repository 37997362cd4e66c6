#!/usr/bin/env bash
# bench/scripts/lists-before-after.sh BEFORE_CP AFTER_CP [ROUNDS] [WARM] [MEASURED]: the list-heavy chart of
# ListsCpu.java rendered warm in process by two builds (each a class path: core and gotemplate classes or jars and
# their dependencies), one JVM per round, alternated ROUNDS times (default 3), WARM (default 20) warm-up renders
# then MEASURED (default 5) passes of 20 renders. Prints each pass's wall and thread-CPU milliseconds, then the
# medians of the measured passes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
before=$1 after=$2 rounds=${3:-3} warm=${4:-20} measured=${5:-5}
out=$(mktemp -d)
for r in $(seq "$rounds"); do
  for side in before after; do
    cp=$before; [ $side = after ] && cp=$after
    echo "round $r $side: load $(cut -d' ' -f1-3 /proc/loadavg)"
    "$java" -Xmx1g -cp "$cp" "$here/ListsCpu.java" "$warm" "$measured" > "$out/$r-$side.txt"
    awk '$1=="pass"{printf "  pass: wall %d ms, thread CPU %d ms\n", $2, $3}' "$out/$r-$side.txt"
  done
done
for side in before after; do
  cat "$out"/*-$side.txt | awk '$1=="pass"{print $2}' | sort -n | awk -v s=$side '{a[NR]=$1} END{printf "%s: median wall %d ms", s, a[int((NR+1)/2)]}'
  cat "$out"/*-$side.txt | awk '$1=="pass"{print $3}' | sort -n | awk '{a[NR]=$1} END{printf ", thread CPU %d ms (min %d, max %d; %d passes of 20 renders)\n", a[int((NR+1)/2)], a[1], a[NR], NR}'
done
rm -rf "$out"
