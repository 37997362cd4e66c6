#!/usr/bin/env bash
# The differential fuzzer's long run: bench/fuzz.sh N SEED [WORK_DIR]
# Renders N generated cases (seed SEED) in helm4j and in a judge, minimises one case of each kind of
# difference, and writes WORK_DIR/report.md (default /tmp/helm4j-fuzz). The judge (FUZZ_JUDGE):
#   helm4batch (the default when Go is installed): bench/helm4-judge, Helm 4.3.2's own `helm template`
#     command run for many cases in one Go process; built here from the Go module cache/proxy into
#     HELM4_JUDGE_DIR (default ~/.cache/helm4j-fuzz, outside git);
#   helm4: the real Helm 4 command line ($HELM4_BIN, default ~/.cache/helm4/v4.3.2/helm), one process per
#     case, FUZZ_HELM4_PARALLEL at once (default 2);
#   oracle (the default without Go): ../shared/oracle/helm-oracle batch (Helm 3.21); the real Helm 4 is asked
#     about each minimised case.
# FUZZ_MAX_SECONDS stops starting new chunks after that many seconds (the report says how many cases really
# ran); FUZZ_CHUNK, FUZZ_MINIMISE: see io.helm4j.fuzz.FuzzMain. FUZZ_CHECK_JUDGE=K first checks helm4-judge
# against the real `helm template` on the first K cases of SEED (every byte of the output or error) and stops
# if one differs.
# Needs the benchmarks jar: ./mvnw -B -ntp -o -q -pl bench -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:?usage: bench/fuzz.sh N SEED [WORK_DIR]}
SEED=${2:?usage: bench/fuzz.sh N SEED [WORK_DIR]}
WORK=${3:-/tmp/helm4j-fuzz}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
export HELM4J_SHARED=${HELM4J_SHARED:-$(pwd)/../shared}
JAR=bench/target/benchmarks.jar
[ -f "$JAR" ] || { echo "fuzz.sh: build $JAR first (see above)" >&2; exit 2; }
if command -v go >/dev/null && [ "${FUZZ_JUDGE:-helm4batch}" = helm4batch ]; then
  JUDGE_DIR=${HELM4_JUDGE_DIR:-$HOME/.cache/helm4j-fuzz}
  mkdir -p "$JUDGE_DIR"
  # -checklinkname=0: the judge links cobra's list of initialisers (see main.go)
  (cd bench/helm4-judge && go build -ldflags=-checklinkname=0 -o "$JUDGE_DIR/helm4-judge" .)
  export HELM4_JUDGE=$JUDGE_DIR/helm4-judge
  export FUZZ_JUDGE=helm4batch
elif [ "${FUZZ_JUDGE:-oracle}" = oracle ]; then
  [ -x "$HELM4J_SHARED/oracle/helm-oracle" ] || { echo "fuzz.sh: no reference at $HELM4J_SHARED/oracle" >&2; exit 2; }
fi
# a copy, so that rebuilding during a long run does not pull the jar from under it
mkdir -p "$WORK"
cp "$JAR" "$WORK/fuzz.jar"
if [ -n "${FUZZ_CHECK_JUDGE:-}" ]; then
  "$JAVA" -cp "$WORK/fuzz.jar" io.helm4j.fuzz.JudgeCheck "$FUZZ_CHECK_JUDGE" "$SEED" "$HELM4_JUDGE" \
    "${HELM4_BIN:-$HOME/.cache/helm4/v4.3.2/helm}" "$WORK"
fi
exec "$JAVA" -Xmx2g -cp "$WORK/fuzz.jar" io.helm4j.fuzz.FuzzMain "$N" "$SEED" "$WORK"
