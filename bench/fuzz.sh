#!/usr/bin/env bash
# The differential fuzzer's long run: bench/fuzz.sh N SEED [WORK_DIR]
# Renders N generated cases (seed SEED) in helm4j and in ../shared/oracle/helm-oracle batch (Helm 3.21),
# minimises one case of each kind of difference, asks the real Helm 4 ($HELM4_BIN, default
# ~/.cache/helm4/v4.3.2/helm) about each minimised case, and writes WORK_DIR/report.md (default
# /tmp/helm4j-fuzz). FUZZ_MAX_SECONDS stops starting new chunks after that many seconds (the report
# says how many cases really ran); FUZZ_CHUNK, FUZZ_MINIMISE: see io.helm4j.fuzz.FuzzMain.
# FUZZ_JUDGE=helm4 makes the real Helm 4 the reference for every case (FUZZ_HELM4_PARALLEL processes at
# once, default 2) instead of helm-oracle batch: the differences are then helm4j's against Helm 4.3.2.
# Needs the benchmarks jar: ./mvnw -B -ntp -o -q -pl bench -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:?usage: bench/fuzz.sh N SEED [WORK_DIR]}
SEED=${2:?usage: bench/fuzz.sh N SEED [WORK_DIR]}
WORK=${3:-/tmp/helm4j-fuzz}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
export HELM4J_SHARED=${HELM4J_SHARED:-$(pwd)/../shared}
[ -x "$HELM4J_SHARED/oracle/helm-oracle" ] || { echo "fuzz.sh: no reference at $HELM4J_SHARED/oracle" >&2; exit 2; }
JAR=bench/target/benchmarks.jar
[ -f "$JAR" ] || { echo "fuzz.sh: build $JAR first (see above)" >&2; exit 2; }
# a copy, so that rebuilding during a long run does not pull the jar from under it
mkdir -p "$WORK"
cp "$JAR" "$WORK/fuzz.jar"
exec "$JAVA" -Xmx2g -cp "$WORK/fuzz.jar" io.helm4j.fuzz.FuzzMain "$N" "$SEED" "$WORK"
