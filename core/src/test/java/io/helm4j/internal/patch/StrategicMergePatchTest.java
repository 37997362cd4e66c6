package io.helm4j.internal.patch;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.kube.KubeJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The three-way strategic merge patch against Kubernetes' own code ({@code reference/}: apimachinery's
 * strategicpatch with client-go's struct tags, as Helm 4.3.2 builds it): the same patch and the same object once
 * the server applied it, for hand-written cases and for seeded random Deployments whose containers, env, ports,
 * volumes, finalizers, strategy and tolerations change, drift and move; and the properties that hold without the
 * reference.
 */
class StrategicMergePatchTest {
    private static final Path REFERENCE = Path.of("src/test/resources/io/helm4j/internal/patch/reference");
    private static final PatchSchema DEPLOYMENT = PatchSchema.forKind("apps", "v1", "Deployment").orElseThrow();

    private static Map<String, Object> json(String s) {
        return KubeJson.parseObject(s);
    }

    private static Map<String, Object> deployment(String containers) {
        return json("{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"web\"},"
                + "\"spec\":{\"template\":{\"spec\":{\"containers\":" + containers + "}}}}");
    }

    @Test
    void aContainerAndAnEnvEntryThatKubectlAddedSurviveAChartThatChangesItsContainers() {
        Map<String, Object> original = deployment("[{\"name\":\"app\",\"image\":\"app:1\","
                + "\"env\":[{\"name\":\"A\",\"value\":\"1\"}]},{\"name\":\"old\",\"image\":\"old:1\"}]");
        Map<String, Object> modified = deployment("[{\"name\":\"app\",\"image\":\"app:2\","
                + "\"env\":[{\"name\":\"A\",\"value\":\"2\"}]},{\"name\":\"new\",\"image\":\"new:1\"}]");
        Map<String, Object> live = deployment("[{\"name\":\"app\",\"image\":\"app:1\",\"imagePullPolicy\":\"Always\","
                + "\"env\":[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"DEBUG\",\"value\":\"true\"}]},"
                + "{\"name\":\"old\",\"image\":\"old:1\"},{\"name\":\"sidecar\",\"image\":\"proxy:1\"}]");
        Map<String, Object> applied = StrategicMergePatch.apply(live,
                StrategicMergePatch.threeWay(original, modified, live, DEPLOYMENT), DEPLOYMENT);
        List<Object> containers = PatchValues.list(PatchValues.map(PatchValues.map(PatchValues.map(
                PatchValues.map(applied.get("spec")).get("template")).get("spec"))).get("containers"));
        assertThat(containers).extracting(c -> PatchValues.map(c).get("name")).containsExactly("app", "sidecar", "new");
        assertThat(KubeJson.write(containers.getFirst())).isEqualTo("{\"env\":[{\"name\":\"A\",\"value\":\"2\"},"
                + "{\"name\":\"DEBUG\",\"value\":\"true\"}],\"image\":\"app:2\",\"imagePullPolicy\":\"Always\","
                + "\"name\":\"app\"}");
    }

    @Test
    void nothingChangedIsAnEmptyPatch() {
        Map<String, Object> d = deployment("[{\"name\":\"app\",\"image\":\"app:1\"}]");
        assertThat(StrategicMergePatch.threeWay(d, d, d, DEPLOYMENT)).isEmpty();
    }

    @Test
    void theInputsAreNotChanged() {
        Map<String, Object> original = json("{\"metadata\":{\"finalizers\":[\"b\",\"a\"]}}");
        Map<String, Object> modified = json("{\"metadata\":{\"finalizers\":[\"c\"]}}");
        String before = KubeJson.write(List.of(original, modified));
        StrategicMergePatch.threeWay(original, modified, original, DEPLOYMENT);
        assertThat(KubeJson.write(List.of(original, modified))).isEqualTo(before);
    }

    @Test
    void aMissingMergeKeyIsAnErrorNamingTheKey() {
        Map<String, Object> bad = deployment("[{\"image\":\"x\"}]");
        Map<String, Object> good = deployment("[{\"name\":\"a\",\"image\":\"x\"}]");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StrategicMergePatch.threeWay(good, bad, good, DEPLOYMENT))
                .isInstanceOf(PatchException.class).hasMessageContaining("does not contain declared merge key: name");
    }

    /** Without drift, the patch turns the last applied object into the wanted one, list order included. */
    @Test
    void withoutDriftThePatchMakesTheWantedObject() {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            Map<String, Object> original = randomDeployment(random);
            Map<String, Object> modified = randomDeployment(random);
            Map<String, Object> patch = StrategicMergePatch.threeWay(original, modified, original, DEPLOYMENT);
            Map<String, Object> applied = StrategicMergePatch.apply(original, patch, DEPLOYMENT);
            assertThat(PatchValues.deepEqual(applied, modified)).as("case %d: %s -> %s: %s gives %s", i,
                    KubeJson.write(original), KubeJson.write(modified), KubeJson.write(patch), KubeJson.write(applied))
                    .isTrue();
        }
    }

    /** What only the live object has (an annotation, a label, an env entry of a kept container) stays. */
    @Test
    void whatOthersAddedStays() {
        Random random = new Random(11);
        for (int i = 0; i < 300; i++) {
            Map<String, Object> original = randomDeployment(random);
            Map<String, Object> modified = randomDeployment(random);
            Map<String, Object> live = StrategicMergePatch.copy(original);
            PatchValues.map(PatchValues.map(live.get("metadata")).computeIfAbsent("annotations",
                    k -> new LinkedHashMap<>())).put("kubectl.io/extra", "yes");
            Map<String, Object> applied = StrategicMergePatch.apply(live,
                    StrategicMergePatch.threeWay(original, modified, live, DEPLOYMENT), DEPLOYMENT);
            assertThat(PatchValues.map(PatchValues.map(applied.get("metadata")).get("annotations")))
                    .containsEntry("kubectl.io/extra", "yes");
        }
    }

    /** Every case of {@code reference/cases.jsonl}: the patch and the applied object are Kubernetes'. */
    @Test
    void patchesAndResultsAreKubernetes() throws Exception {
        List<String> cases = cases();
        String update = System.getProperty("smp.update");
        if (update != null) {
            Files.write(REFERENCE.resolve("cases.jsonl"), cases);
            Process p = new ProcessBuilder(update).redirectInput(REFERENCE.resolve("cases.jsonl").toFile())
                    .redirectOutput(REFERENCE.resolve("expected.jsonl").toFile()).start();
            assertThat(p.waitFor()).isZero();
        }
        assertThat(resourceLines("cases.jsonl").equals(cases)).as("cases.jsonl is what this test writes (-Dsmp.update)")
                .isTrue();
        List<String> expected = resourceLines("expected.jsonl");
        assertThat(expected).hasSameSizeAs(cases);
        int errors = 0;
        for (int i = 0; i < cases.size(); i++) {
            Map<String, Object> c = json(cases.get(i));
            Map<String, Object> want = json(expected.get(i));
            String[] gv = ((String) c.get("apiVersion")).split("/");
            PatchSchema schema = PatchSchema.forKind(gv.length == 1 ? "" : gv[0], gv[gv.length - 1],
                    (String) c.get("kind")).orElseThrow();
            Map<String, Object> patch;
            try {
                patch = StrategicMergePatch.threeWay(PatchValues.map(c.get("original")),
                        PatchValues.map(c.get("modified")), PatchValues.map(c.get("current")), schema);
            } catch (PatchException e) {
                assertThat(want).as("case %d: %s", i, e.getMessage()).containsKey("error");
                if (String.valueOf(want.get("error")).startsWith("unable to find api field")) {
                    assertThat(e.getMessage()).as("case %d", i).isEqualTo(want.get("error"));
                }
                errors++;
                continue;
            }
            assertThat(want).as("case %d", i).doesNotContainKey("error");
            assertThat(KubeJson.write(patch)).as("patch of case %d: %s", i, cases.get(i))
                    .isEqualTo(KubeJson.write(want.get("patch")));
            Map<String, Object> applied = StrategicMergePatch.apply(PatchValues.map(c.get("current")), patch, schema);
            assertThat(KubeJson.write(applied)).as("applied patch of case %d: %s", i, cases.get(i))
                    .isEqualTo(KubeJson.write(want.get("applied")));
        }
        assertThat(errors).isLessThan(cases.size() / 10);
    }

    private static List<String> resourceLines(String name) throws IOException {
        Path file = REFERENCE.resolve(name);
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    /** The hand-written cases, then 400 seeded random Deployments (original, wanted, and drifted live ones). */
    static List<String> cases() {
        List<String> out = new ArrayList<>();
        out.add(line("v1", "ConfigMap", "{\"metadata\":{\"name\":\"c\",\"labels\":{\"a\":\"1\"}},\"data\":{\"k\":\"v\"}}",
                "{\"metadata\":{\"name\":\"c\"},\"data\":{\"k\":\"w\",\"n\":\"1\"}}",
                "{\"metadata\":{\"name\":\"c\",\"labels\":{\"a\":\"1\",\"b\":\"2\"}},\"data\":{\"k\":\"v\",\"x\":\"y\"}}"));
        out.add(line("v1", "Service", "{\"spec\":{\"ports\":[{\"port\":80,\"name\":\"http\"},{\"port\":443,\"name\":\"https\"}]}}",
                "{\"spec\":{\"ports\":[{\"port\":443,\"name\":\"https\"},{\"port\":8080,\"name\":\"alt\"}]}}",
                "{\"spec\":{\"ports\":[{\"port\":80,\"name\":\"http\",\"protocol\":\"TCP\",\"targetPort\":80},"
                        + "{\"port\":443,\"name\":\"https\",\"protocol\":\"TCP\",\"targetPort\":443}],\"clusterIP\":\"10.0.0.1\"}}"));
        out.add(line("apps/v1", "Deployment", "{\"spec\":{\"strategy\":{\"type\":\"RollingUpdate\",\"rollingUpdate\":{\"maxSurge\":1}}}}",
                "{\"spec\":{\"strategy\":{\"type\":\"Recreate\"}}}",
                "{\"spec\":{\"strategy\":{\"type\":\"RollingUpdate\",\"rollingUpdate\":{\"maxSurge\":1,\"maxUnavailable\":\"25%\"}}}}"));
        out.add(line("apps/v1", "Deployment", "{\"metadata\":{\"finalizers\":[\"b\",\"a\"]}}",
                "{\"metadata\":{\"finalizers\":[\"b\",\"a\"]}}", "{\"metadata\":{\"finalizers\":[\"b\",\"a\",\"c\"]}}"));
        out.add(line("v1", "Pod", "{\"spec\":{\"volumes\":[{\"name\":\"v\",\"configMap\":{\"name\":\"x\"}}]}}",
                "{\"spec\":{\"volumes\":[{\"name\":\"v\",\"emptyDir\":{}}]}}",
                "{\"spec\":{\"volumes\":[{\"name\":\"v\",\"configMap\":{\"name\":\"x\",\"defaultMode\":420}}]}}"));
        out.add(line("apps/v1", "Deployment", "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"a\"}]}}}}",
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"image\":\"x\"}]}}}}",
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"a\"}]}}}}"));
        out.add(line("apps/v1", "Deployment", "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"app\","
                + "\"image\":\"app:1\",\"env\":[{\"name\":\"A\",\"value\":\"1\"}]},{\"name\":\"old\",\"image\":\"old:1\"}]}}}}",
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"app:2\",\"env\":"
                        + "[{\"name\":\"A\",\"value\":\"2\"}]},{\"name\":\"new\",\"image\":\"new:1\"}]}}}}",
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"app:1\","
                        + "\"imagePullPolicy\":\"Always\",\"env\":[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"DEBUG\","
                        + "\"value\":\"true\"}]},{\"name\":\"old\",\"image\":\"old:1\"},{\"name\":\"sidecar\","
                        + "\"image\":\"proxy:1\"}]}}}}"));
        Random random = new Random(2026);
        for (int i = 0; i < 400; i++) {
            Map<String, Object> original = randomDeployment(random);
            Map<String, Object> modified = randomDeployment(random);
            Map<String, Object> current = random.nextInt(4) == 0 ? StrategicMergePatch.copy(original)
                    : drift(StrategicMergePatch.copy(random.nextBoolean() ? original : modified), random);
            out.add(line("apps/v1", "Deployment", KubeJson.write(original), KubeJson.write(modified),
                    KubeJson.write(current)));
        }
        unknownFields(out);
        return out;
    }

    /**
     * Fields the Go structs do not have: a map or list value that changed fails as in Go (naming the struct and the
     * field), an unchanged one or a scalar passes; a field named in another case is the struct's (Go's JSON match).
     */
    private static void unknownFields(List<String> out) {
        String container = "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"app\",%s}]}}}}";
        String[][] pairs = {
            {"{\"spec\":{\"foo\":{\"a\":1}}}", "{\"spec\":{\"foo\":{\"a\":2}}}"},
            {"{\"spec\":{\"foo\":{\"a\":1}}}", "{\"spec\":{\"foo\":{\"a\":1}}}"},
            {"{\"spec\":{\"foo\":1}}", "{\"spec\":{\"foo\":2}}"},
            {"{\"extra\":[1]}", "{\"extra\":[2]}"},
            {"{\"metadata\":{\"Labels\":{\"a\":\"1\"}}}", "{\"metadata\":{\"Labels\":{\"a\":\"2\"}}}"},
            {container.formatted("\"envs\":[{\"name\":\"A\"}]"), container.formatted("\"envs\":[{\"name\":\"B\"}]")},
            {container.formatted("\"resources\":{\"limit\":{\"cpu\":\"1\"}}"),
                container.formatted("\"resources\":{\"limit\":{\"cpu\":\"2\"}}")},
        };
        for (String[] p : pairs) {
            out.add(line("apps/v1", "Deployment", p[0], p[1], "{}"));
            out.add(line("apps/v1", "Deployment", p[0], p[1], p[0]));
        }
    }

    private static String line(String apiVersion, String kind, String original, String modified, String current) {
        return "{\"apiVersion\":\"" + apiVersion + "\",\"kind\":\"" + kind + "\",\"original\":" + original
                + ",\"modified\":" + modified + ",\"current\":" + current + "}";
    }

    private static Map<String, Object> drift(Map<String, Object> live, Random random) {
        Map<String, Object> meta = PatchValues.map(live.get("metadata"));
        if (random.nextBoolean()) {
            PatchValues.map(meta.computeIfAbsent("labels", k -> new LinkedHashMap<>())).put("drift", "x");
        }
        if (random.nextBoolean()) {
            meta.put("finalizers", new ArrayList<>(List.of("kubernetes.io/x", "f" + random.nextInt(3))));
        }
        Map<String, Object> pod = PatchValues.map(PatchValues.map(PatchValues.map(live.get("spec")).get("template"))
                .get("spec"));
        List<Object> containers = PatchValues.list(pod.get("containers"));
        for (Object c : containers) {
            Map<String, Object> container = PatchValues.map(c);
            if (random.nextBoolean()) {
                container.put("imagePullPolicy", "IfNotPresent");
            }
            if (random.nextInt(3) == 0) {
                List<Object> env = PatchValues.list(container.computeIfAbsent("env", k -> new ArrayList<>()));
                env.add(new LinkedHashMap<>(Map.of("name", "KUBECTL_" + random.nextInt(3), "value", "set")));
            }
            if (random.nextInt(4) == 0) {
                container.put("image", "drifted:" + random.nextInt(5));
            }
        }
        if (random.nextInt(3) == 0) {
            containers.add(new LinkedHashMap<>(Map.of("name", "sidecar", "image", "proxy:1")));
        }
        if (random.nextInt(4) == 0) {
            Collections.shuffle(containers, random);
        }
        PatchValues.map(live.get("spec")).put("replicas", (long) random.nextInt(4));
        return live;
    }

    /** A Deployment with a random part of each list that has a merge key, in random order, with random values. */
    static Map<String, Object> randomDeployment(Random r) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("name", "web");
        if (r.nextBoolean()) {
            meta.put("labels", pick(r, List.of("app", "tier", "team"), k -> k + r.nextInt(2)));
        }
        if (r.nextInt(3) == 0) {
            meta.put("finalizers", subset(r, List.of("a.io/x", "b.io/y", "c.io/z")));
        }
        List<Object> containers = new ArrayList<>();
        for (Object name : subsetNonEmpty(r, List.of("app", "db", "cache", "log"))) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", name);
            c.put("image", name + ":" + r.nextInt(3));
            if (r.nextBoolean()) {
                List<Object> env = new ArrayList<>();
                for (Object e : subset(r, List.of("A", "B", "C", "D"))) {
                    env.add(new LinkedHashMap<>(Map.of("name", e, "value", String.valueOf(r.nextInt(2)))));
                }
                c.put("env", env);
            }
            if (r.nextBoolean()) {
                List<Object> ports = new ArrayList<>();
                for (Object p : subset(r, List.of(80L, 443L, 8080L))) {
                    Map<String, Object> port = new LinkedHashMap<>();
                    port.put("containerPort", p);
                    if (r.nextBoolean()) {
                        port.put("name", "p" + p);
                    }
                    ports.add(port);
                }
                c.put("ports", ports);
            }
            if (r.nextInt(3) == 0) {
                List<Object> mounts = new ArrayList<>();
                for (Object m : subset(r, List.of("/data", "/etc/conf"))) {
                    mounts.add(new LinkedHashMap<>(Map.of("mountPath", m, "name", "v" + r.nextInt(2))));
                }
                c.put("volumeMounts", mounts);
            }
            containers.add(c);
        }
        Map<String, Object> pod = new LinkedHashMap<>();
        pod.put("containers", containers);
        if (r.nextBoolean()) {
            List<Object> volumes = new ArrayList<>();
            for (Object v : subset(r, List.of("v0", "v1"))) {
                volumes.add(r.nextBoolean() ? new LinkedHashMap<>(Map.of("name", v, "emptyDir", Map.of()))
                        : new LinkedHashMap<>(Map.of("name", v, "configMap", new LinkedHashMap<>(Map.of("name", "cm")))));
            }
            pod.put("volumes", volumes);
        }
        if (r.nextInt(3) == 0) {
            pod.put("tolerations", List.of(new LinkedHashMap<>(Map.of("key", "k" + r.nextInt(2), "operator", "Exists"))));
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("replicas", (long) r.nextInt(3));
        if (r.nextBoolean()) {
            spec.put("strategy", r.nextBoolean() ? new LinkedHashMap<>(Map.of("type", "Recreate"))
                    : new LinkedHashMap<>(Map.of("type", "RollingUpdate", "rollingUpdate",
                            new LinkedHashMap<>(Map.of("maxSurge", (long) r.nextInt(3))))));
        }
        spec.put("template", new LinkedHashMap<>(Map.of("spec", pod)));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("apiVersion", "apps/v1");
        d.put("kind", "Deployment");
        d.put("metadata", meta);
        d.put("spec", spec);
        return d;
    }

    private static Map<String, Object> pick(Random r, List<String> keys, java.util.function.Function<String, String> v) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Object k : subset(r, List.copyOf(keys))) {
            out.put((String) k, v.apply((String) k));
        }
        return out;
    }

    private static List<Object> subset(Random r, List<Object> all) {
        List<Object> out = new ArrayList<>();
        for (Object o : all) {
            if (r.nextBoolean()) {
                out.add(o);
            }
        }
        Collections.shuffle(out, r);
        return out;
    }

    private static List<Object> subsetNonEmpty(Random r, List<Object> all) {
        List<Object> out = subset(r, all);
        return out.isEmpty() ? new ArrayList<>(List.of(all.get(r.nextInt(all.size())))) : out;
    }
}
