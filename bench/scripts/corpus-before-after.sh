#!/usr/bin/env bash
# bench/scripts/corpus-before-after.sh BEFORE_JAR AFTER_JAR [ROUNDS] [WARM] [MEASURED]: the whole corpus rendered
# warm in process (CorpusCpu.java, the SDK's public API) by two builds' benchmarks.jar, one JVM per round,
# alternated before/after ROUNDS times (default 3), each WARM (default 3) warm-up passes then MEASURED (default 3)
# measured passes. Prints each pass's wall, thread-CPU and process-CPU milliseconds, then the medians of the
# measured passes.
# Build the old jar from a `git archive` of the old commit (./mvnw -o -q -pl bench -am package -DskipTests).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
corpus=${HELM4J_SHARED:-$here/../../../shared}/corpus
before=$1 after=$2 rounds=${3:-3} warm=${4:-3} measured=${5:-3}
out=$(mktemp -d)
for r in $(seq "$rounds"); do
  for side in before after; do
    jar=$before; [ $side = after ] && jar=$after
    echo "round $r $side: load $(cut -d' ' -f1-3 /proc/loadavg)"
    "$java" -Xmx2g -cp "$jar" "$here/CorpusCpu.java" "$corpus" "$warm" "$measured" > "$out/$r-$side.txt"
    awk '$1=="pass"{printf "  pass: wall %d ms, thread CPU %d ms, process CPU %d ms, %d bytes\n", $2, $3, $4, $5}' "$out/$r-$side.txt"
  done
done
for side in before after; do
  cat "$out"/*-$side.txt | awk '$1=="pass"{print $2}' | sort -n | awk -v s=$side '{a[NR]=$1} END{printf "%s: median wall %d ms", s, a[int((NR+1)/2)]}'
  cat "$out"/*-$side.txt | awk '$1=="pass"{print $3}' | sort -n | awk '{a[NR]=$1} END{printf ", thread CPU %d ms (min %d, max %d)", a[int((NR+1)/2)], a[1], a[NR]}'
  cat "$out"/*-$side.txt | awk '$1=="pass"{print $4}' | sort -n | awk '{a[NR]=$1} END{printf ", process CPU %d ms (min %d, max %d; %d passes)\n", a[int((NR+1)/2)], a[1], a[NR], NR}'
done
rm -rf "$out"
