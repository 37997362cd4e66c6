#!/usr/bin/env bash
# Short JMH runs (fewer, shorter iterations than the annotations' defaults) for a quick reading.
# Needs `./mvnw -q package -DskipTests` first (bench/target/benchmarks.jar). Pass a JMH regex to narrow.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
exec "$java" -Dhelm4j.shared="${HELM4J_SHARED:-$here/../shared}" -jar "$here/bench/target/benchmarks.jar" \
  -f 1 -wi 2 -i 3 -w 2s -r 2s "${@:-.*}"
