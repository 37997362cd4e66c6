#!/bin/sh
# A cached WebAssembly post-renderer in a fresh process, with and without the AOT cache's WebAssembly training
# (bench/README.md, issue 9): builds a cache the way bin/build-aot builds helm4j.aot but with HELM4J_AOT_WASM=false
# (the training without WasmAotTraining), then runs `template x demo` without and with the post-renderer (yupper.wat)
# under each cache, alternating, ROUNDS times (default 15), and prints the medians of wall and CPU (user + system)
# milliseconds. Needs a packaged build, wat2wasm and Helm 4 (for `helm create`).
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:-15}
helm=${HELM4:-$HOME/.cache/helm4/v4.3.2/helm}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
target=$root/cli/target
cp="$target/helm4j.jar"
for f in "$target"/lib/*.jar; do cp="$cp:$f"; done
props="-Dslf4j.provider=org.slf4j.nop.NOPServiceProvider -Dslf4j.internal.verbosity=WARN"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
charts=""
for c in bitnami__redis argo__argo-cd prometheus-community__prometheus-pushgateway; do
  [ -d "$root/../shared/corpus/charts/$c" ] && charts="$charts $root/../shared/corpus/charts/$c"
done
HELM4J_AOT_WASM=false "$java" -XX:AOTCacheOutput="$work/untrained.aot" -XX:-UsePerfData -XX:TieredStopAtLevel=1 \
  -XX:+UseSerialGC -Xss16m $props -Xlog:aot=off -Xlog:cds=off -cp "$cp" io.helm4j.cli.AotTraining \
  "$root/examples/hello" $charts >/dev/null 2>&1
export HELM_DATA_HOME=$work/data HELM_CONFIG_HOME=$work/config HELM_CACHE_HOME=$work/cache
cd "$work"
"$helm" create demo >/dev/null
mkdir -p src/wpr
wat2wasm "$root/plugin-wasm/src/test/resources/io/helm4j/plugin/wasm/yupper.wat" -o src/wpr/plugin.wasm
printf 'apiVersion: v1\nname: wpr\ntype: postrenderer/v1\nruntime: extism/v1\nversion: 0.1.0\n' > src/wpr/plugin.yaml
"$root/bin/helm4j" plugin install src/wpr >/dev/null
"$root/bin/helm4j" template x demo --post-renderer wpr >/dev/null # fills the compiled-classes cache
run() { # CACHE ARGS...: wall/cpu in ms
  cache=$1; shift
  /usr/bin/time -f "%e/%U/%S" "$java" -XX:-UsePerfData -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m -Xss16m $props \
    -XX:AOTCache="$cache" -Xlog:aot=off -Xlog:cds=off -cp "$cp" io.helm4j.cli.Main "$@" 2>&1 >/dev/null | tail -n 1 \
    | awk -F/ '{printf "%d/%d ", $1 * 1000, ($2 + $3) * 1000}'
}
uptime
for i in $(seq 1 "$rounds"); do
  run untrained.aot template x demo; run "$target/helm4j.aot" template x demo
  run untrained.aot template x demo --post-renderer wpr; run "$target/helm4j.aot" template x demo --post-renderer wpr
  echo
done > times.txt
uptime
m=$(( (rounds + 1) / 2 ))
col() { awk -v c="$1" -v f="$2" '{split($c, x, "/"); print x[f]}' times.txt | sort -n | sed -n "${m}p"; }
echo "no post-renderer,   untrained cache: $(col 1 1) ms wall / $(col 1 2) ms CPU"
echo "no post-renderer,   trained cache:   $(col 2 1) ms wall / $(col 2 2) ms CPU"
echo "WebAssembly one,    untrained cache: $(col 3 1) ms wall / $(col 3 2) ms CPU"
echo "WebAssembly one,    trained cache:   $(col 4 1) ms wall / $(col 4 2) ms CPU"
