package io.helm4j.action;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.release.HookEvent;
import io.helm4j.release.Release;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * All nine hook events, each run by its own step of its own action (install, upgrade, rollback, test, uninstall) and by
 * no other, and within one event by weight, then name (Helm's {@code hookByWeight}).
 */
class HookEventsTest extends ActionTestBase {

    /** A chart with one hook ConfigMap per event, and two more on pre-install whose weights reverse their names. */
    private Path chart() throws IOException {
        Path c = dir.resolve("hooks");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: hooks\nversion: 0.1.0\n");
        StringBuilder hooks = new StringBuilder();
        for (HookEvent e : HookEvent.values()) {
            hooks.append(hook("h-" + e.annotationName(), e.annotationName(), 0));
        }
        hooks.append(hook("z-first", "pre-install", -5)).append(hook("a-last", "pre-install", 5));
        Files.writeString(c.resolve("templates/hooks.yaml"), hooks.toString());
        Files.writeString(c.resolve("templates/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: main}\n");
        return c;
    }

    private static String hook(String name, String event, int weight) {
        return "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\n  annotations:\n"
                + "    helm.sh/hook: " + event + "\n    helm.sh/hook-weight: \"" + weight + "\"\n";
    }

    /** The hooks created since {@code from}, in order. */
    private List<String> created(int from) {
        List<String> out = new ArrayList<>();
        for (String op : kube.operations().subList(from, kube.operations().size())) {
            String[] words = op.split(" ");
            if (words[0].equals("apply") && !words[1].endsWith("/main")) {
                out.add(words[1].substring(words[1].indexOf('/') + 1));
            }
        }
        return out;
    }

    private static List<String> ran(Release r) {
        return r.hooks().stream().filter(h -> h.lastRun().startedAt() != null).map(h -> h.hook().name()).sorted()
                .toList();
    }

    @Test
    void eachEventRunsAtItsStepByWeightThenName() throws IOException {
        Path c = chart();
        int at = kube.operations().size();
        Release installed = new Install(context()).run(InstallOptions.builder().releaseName("web").chart(c.toString())
                .namespace("ns1").build()).release();
        assertThat(created(at)).containsExactly("z-first", "h-pre-install", "a-last", "h-post-install");
        assertThat(ran(installed)).containsExactly("a-last", "h-post-install", "h-pre-install", "z-first");

        at = kube.operations().size();
        new Upgrade(context()).run(UpgradeOptions.builder().releaseName("web").chart(c.toString()).namespace("ns1")
                .build());
        assertThat(created(at)).containsExactly("h-pre-upgrade", "h-post-upgrade");

        at = kube.operations().size();
        new Rollback(context()).run(RollbackOptions.builder().releaseName("web").namespace("ns1").build());
        assertThat(created(at)).containsExactly("h-pre-rollback", "h-post-rollback");

        at = kube.operations().size();
        new ReleaseTest(context()).run(ReleaseTestOptions.withFilters("web", "ns1", Duration.ofSeconds(5), List.of(),
                false));
        assertThat(created(at)).containsExactly("h-test");

        at = kube.operations().size();
        new Uninstall(context()).run(new UninstallOptions("web", "ns1", true, false, false, null, null, null));
        assertThat(created(at)).containsExactly("h-pre-delete", "h-post-delete");
        assertThat(ran(storage.get("web", 3))).contains("h-post-delete", "h-post-rollback", "h-pre-delete",
                "h-pre-rollback", "h-test");
    }
}
