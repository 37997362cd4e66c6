import io.helm4j.action.ActionContext;
import io.helm4j.action.Template;
import io.helm4j.action.TemplateOptions;
import io.helm4j.values.ValueSource;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * java -cp CLASSPATH ListsCpu.java WARM MEASURED: renders a list-heavy chart (a values.yaml of 2,000 items with
 * lists, a template of append/push/prepend/concat/uniq/without/compact/slice/has/until/keys loops and toYaml/toJson
 * of lists) WARM times, then MEASURED passes of 20 renders, each printed as "pass wall_ms cpu_ms" (this thread's
 * CPU time). Only the SDK's public API, so the same source runs against an older build (lists-before-after.sh).
 */
public class ListsCpu {
    public static void main(String[] a) throws Exception {
        int warm = Integer.parseInt(a[0]);
        int measured = Integer.parseInt(a[1]);
        Path chart = Files.createTempDirectory("lists-cpu");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: lists\nversion: 0.1.0\n");
        StringBuilder v = new StringBuilder("tags: [t0, t1, t2, t3, t4, t5, t6, t7, t8, t9]\nitems:\n");
        for (int i = 0; i < 2000; i++) {
            v.append("- name: item").append(i % 700).append("\n  tags:\n");
            for (int j = 0; j < 5; j++) {
                v.append("  - t").append((i + j) % 12).append('\n');
            }
            v.append("  ports: [").append(i).append(", ").append(i + 1).append(", \"\"]\n");
        }
        Files.writeString(chart.resolve("values.yaml"), v);
        Files.writeString(chart.resolve("templates/lists.yaml"), """
            {{- $all := list }}
            {{- range $i, $x := .Values.items }}{{ $all = append $all $x.name }}{{ end }}
            names: {{ $all | uniq | sortAlpha | len }}
            {{- $c := concat .Values.tags .Values.tags .Values.tags }}
            tags: {{ $c | uniq | toJson }}
            {{- range $i := until 300 }}
            s{{ $i }}: {{ slice $.Values.tags 0 (mod $i 10 | add1) | join "," }} {{ without $.Values.tags "t3" | len }}
            {{- end }}
            keys: {{ keys (index .Values.items 0) | sortAlpha | toJson }}
            items: {{ .Values.items | toYaml | sha256sum }}
            json: {{ .Values.items | toJson | len }}
            {{- range $i, $_ := .Values.items }}
            n{{ $i }}: {{ .name }} {{ has "t1" .tags }} {{ .ports | compact | len }} {{ prepend .tags "x" | last }} {{ push .tags "y" | first }} {{ rest .tags | initial | len }}
            {{- end }}
            """);
        Template template = new Template(ActionContext.builder()
            .values(ValueSource.local(Path.of("."), new ByteArrayInputStream(new byte[0]))).build());
        TemplateOptions o = TemplateOptions.builder().releaseName("r").chart(chart.toString()).namespace("ns").build();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long bytes = 0;
        for (int i = 0; i < warm; i++) {
            bytes += template.run(o).output().length();
        }
        for (int p = 0; p < measured; p++) {
            long w0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 20; i++) {
                bytes += template.run(o).output().length();
            }
            System.out.printf("pass %d %d %d%n", (System.nanoTime() - w0) / 1_000_000,
                (mx.getCurrentThreadCpuTime() - c0) / 1_000_000, bytes);
        }
    }
}
