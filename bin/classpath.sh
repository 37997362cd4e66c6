# Sourced by bin/helm4j and bin/build-aot: finds a JDK 25 and builds the class path (jars only, in
# one fixed order, as the AOT cache requires).
helm4j_home=$(cd "$(dirname "$0")/.." && pwd)
helm4j_find_java() {
  for j in "$HELM4J_JAVA" "${JAVA_HOME:+$JAVA_HOME/bin/java}" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*25*/bin/java; do
    [ -n "$j" ] && [ -x "$j" ] || continue
    # the JDK's release file names its version: no need to start a JVM to ask
    rel=$(dirname "$j")/../release
    if [ -f "$rel" ]; then
      grep -q '^JAVA_VERSION="25' "$rel" && { echo "$j"; return 0; }
    else
      case "$("$j" -version 2>&1 | head -n 1)" in *'"25'*) echo "$j"; return 0;; esac
    fi
  done
  return 1
}
helm4j_target=$helm4j_home/cli/target
helm4j_cp="$helm4j_target/helm4j.jar"
for f in "$helm4j_target"/lib/*.jar; do helm4j_cp="$helm4j_cp:$f"; done
helm4j_aot=$helm4j_target/helm4j.aot
helm4j_aot_light=$helm4j_target/helm4j-light.aot
helm4j_aot_version=$helm4j_target/helm4j-version.aot
helm4j_aot_cluster=$helm4j_target/helm4j-cluster.aot
helm4j_aot_dist=$helm4j_target/helm4j-dist.aot
helm4j_aot_wasm=$helm4j_target/helm4j-wasm.aot
helm4j_aot_cluster_wasm=$helm4j_target/helm4j-cluster-wasm.aot
# slf4j (networknt's schema validator logs through it) told its provider, slf4j-nop, outright: finding it
# through ServiceLoader scans every jar and the JDK image, about 10 ms of a cold run with a values.schema.json.
# WARN verbosity keeps slf4j from announcing the explicit provider on stderr.
# picocli told not to look for Groovy's closures: its Class.forName("groovy.lang.Closure") misses, and a miss makes
# the class loader open every jar of the class path (about 30 ms of CPU before a command starts; bench/README.md).
helm4j_props="-Dslf4j.provider=org.slf4j.nop.NOPServiceProvider -Dslf4j.internal.verbosity=WARN -Dpicocli.disable.closures=true"
