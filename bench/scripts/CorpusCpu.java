import io.helm4j.action.ActionContext;
import io.helm4j.action.Template;
import io.helm4j.action.TemplateOptions;
import io.helm4j.values.ValueOptions;
import io.helm4j.values.ValueSource;
import io.helm4j.yaml.GoYaml;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * java -cp BENCHMARKS_JAR CorpusCpu.java CORPUS WARM MEASURED: renders every corpus case that is not expected to fail,
 * WARM passes to warm up, then MEASURED passes, each printed as "pass wall_ms cpu_ms process_cpu_ms bytes" (CPU: this
 * thread's user+system time, which a loaded machine inflates far less than wall time; process CPU adds the garbage
 * collector's and the JIT compiler's threads). Only the SDK's public API, so the same source runs against an older
 * build (bench/scripts/corpus-before-after.sh).
 */
public class CorpusCpu {
    @SuppressWarnings("unchecked")
    public static void main(String[] a) throws Exception {
        Path root = Path.of(a[0]).toAbsolutePath();
        int warm = Integer.parseInt(a[1]);
        int measured = Integer.parseInt(a[2]);
        List<TemplateOptions> cases = new ArrayList<>();
        try (Stream<Path> s = Files.list(root.resolve("cases"))) {
            for (Path json : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String text = Files.readString(json);
                if (text.contains("\"expectError\": true")) {
                    continue;
                }
                Map<String, Object> c = (Map<String, Object>) GoYaml.load(text);
                List<String> files = new ArrayList<>();
                for (Object f : (List<Object>) c.getOrDefault("valuesFiles", List.of())) {
                    files.add(root.resolve((String) f).toString());
                }
                List<String> set = new ArrayList<>();
                for (Object v : (List<Object>) c.getOrDefault("set", List.of())) {
                    set.add(String.valueOf(v));
                }
                cases.add(TemplateOptions.builder().releaseName((String) c.get("releaseName"))
                    .chart(root.resolve((String) c.get("chart")).toString()).namespace((String) c.get("namespace"))
                    .values(new ValueOptions(files, set, null, null, null, null)).kubeVersion((String) c.get("kubeVersion"))
                    .includeCrds(Boolean.TRUE.equals(c.get("includeCrds"))).build());
            }
        }
        Template t = new Template(ActionContext.builder()
            .values(ValueSource.local(Path.of("."), new ByteArrayInputStream(new byte[0]))).build());
        List<TemplateOptions> ok = new ArrayList<>();
        for (TemplateOptions o : cases) {
            try {
                t.run(o);
                ok.add(o);
            } catch (RuntimeException e) {
                // counted below
            }
        }
        System.out.println("cases " + ok.size() + " of " + cases.size() + " render");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < warm + measured; i++) {
            long w0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            long p0 = os.getProcessCpuTime();
            long bytes = 0;
            for (TemplateOptions o : ok) {
                bytes += t.run(o).output().length();
            }
            System.out.printf("%s %d %d %d %d%n", i < warm ? "warm" : "pass", (System.nanoTime() - w0) / 1_000_000,
                (mx.getCurrentThreadCpuTime() - c0) / 1_000_000, (os.getProcessCpuTime() - p0) / 1_000_000, bytes);
        }
    }
}
