#!/bin/sh
# The WebAssembly post-renderer's cost on `helm4j template` (issue 9's target): needs a packaged build
# (./mvnw -o -q package -DskipTests), wat2wasm (Debian's wabt) and Helm 4 (for `helm create`).
# Prints the median of 11 runs of `template` without a post-renderer, with a WebAssembly one (yupper.wat, which
# hands the manifests back with y made Y) and with a subprocess one (cat), then WasmCost's in-JVM figures.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
helm=${HELM4:-$HOME/.cache/helm4/v4.3.2/helm}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HELM_DATA_HOME=$work/data HELM_CONFIG_HOME=$work/config HELM_CACHE_HOME=$work/cache
cd "$work"
"$helm" create demo >/dev/null
mkdir -p src/wpr src/spr
wat2wasm "$root/plugin-wasm/src/test/resources/io/helm4j/plugin/wasm/yupper.wat" -o src/wpr/plugin.wasm
printf 'apiVersion: v1\nname: wpr\ntype: postrenderer/v1\nruntime: extism/v1\nversion: 0.1.0\nruntimeConfig:\n  memory:\n    maxPages: 16\n' > src/wpr/plugin.yaml
printf 'apiVersion: v1\nname: spr\ntype: postrenderer/v1\nruntime: subprocess\nversion: 0.1.0\nruntimeConfig:\n  platformCommand:\n    - command: cat\n' > src/spr/plugin.yaml
h4j=$root/bin/helm4j
"$h4j" plugin install src/wpr >/dev/null
"$h4j" plugin install src/spr >/dev/null
median() {
  for i in 1 2 3 4 5 6 7 8 9 10 11; do
    s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
  done | sort -n | sed -n 6p
}
echo "template, no post-renderer:   $(median "$h4j" template x demo) ms"
echo "template, WebAssembly one:    $(median "$h4j" template x demo --post-renderer wpr) ms"
echo "template, subprocess one:     $(median "$h4j" template x demo --post-renderer spr) ms"
# first use: the compiled-classes cache ($HELM_CACHE_HOME/helm4j-wasm) emptied before each run
first() { rm -rf "$HELM_CACHE_HOME/helm4j-wasm"; "$h4j" template x demo --post-renderer wpr; }
echo "template, WebAssembly, first use (compiles): $(median first) ms"
echo "template, no post-renderer (again):  $(median "$h4j" template x demo) ms"
echo "template, WebAssembly one (again):   $(median "$h4j" template x demo --post-renderer wpr) ms"
"$h4j" template x demo > manifests.yaml
cp="$root/cli/target/helm4j.jar"
for f in "$root"/cli/target/lib/*.jar; do cp="$cp:$f"; done
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
"$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$cp" "$root/bench/wasm/WasmCost.java" data/plugins/wpr manifests.yaml
