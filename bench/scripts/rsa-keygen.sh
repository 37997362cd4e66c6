#!/usr/bin/env bash
# RSA key generation alone, cold: each run a fresh JVM with the launcher's flags (C1 only, SerialGC) calls
# helm4j's RsaKeys.generate once (what genCA, genSignedCert and genPrivateKey "rsa" use) and reports the wall
# and process CPU time of that call. BASELINE=another built checkout alternates with its build.
# Usage: [BASELINE=dir] bench/scripts/rsa-keygen.sh [RUNS] [BITS]   (default 15 runs, 2048 bits)
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-15}; bits=${2:-2048}
set +u; . "$here/bin/classpath.sh"; set -u
java=$(set +u; helm4j_find_java)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/KeyOnce.java" <<'JAVA'
import java.lang.reflect.Method;
import java.security.SecureRandom;
public class KeyOnce {
    public static void main(String[] a) throws Throwable {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        SecureRandom r = new SecureRandom();
        r.nextInt();
        Method m = Class.forName("io.helm4j.internal.engine.funcs.RsaKeys").getDeclaredMethod("generate", int.class, SecureRandom.class);
        m.setAccessible(true);
        long c0 = os.getProcessCpuTime(), t0 = System.nanoTime();
        m.invoke(null, Integer.parseInt(a[0]), r);
        System.out.printf("%d %d%n", (System.nanoTime() - t0) / 1_000_000, (os.getProcessCpuTime() - c0) / 1_000_000);
    }
}
JAVA
"$(dirname "$java")/javac" -d "$tmp" "$tmp/KeyOnce.java"
cp_of() { local t=$1/cli/target c; c=$t/helm4j.jar; for f in "$t"/lib/*.jar; do c=$c:$f; done; echo "$c:$tmp"; }
builds=(this); cps=("$(cp_of "$here")")
[ -n "${BASELINE:-}" ] && { builds=(baseline this); cps=("$(cp_of "$(cd "$BASELINE" && pwd)")" "${cps[0]}"); }
for ((i = 0; i < runs; i++)); do
  for j in "${!builds[@]}"; do
    echo "${builds[$j]} $("$java" -XX:-UsePerfData -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "${cps[$j]}" KeyOnce "$bits")"
  done
done > "$tmp/out"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)] " (min " a[1] ", max " a[NR] ")"}'; }
for b in "${builds[@]}"; do
  echo "$b RSA-$bits: wall median $(grep "^$b " "$tmp/out" | awk '{print $2}' | median) ms, CPU median $(grep "^$b " "$tmp/out" | awk '{print $3}' | median) ms, $runs runs"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
