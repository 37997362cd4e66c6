package io.helm4j.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestSorterTest {
    @Test
    void sortsByKindThenPathThenDocumentOrder() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("c/templates/z.yaml", "kind: Deployment\nmetadata:\n  name: d\n---\nkind: ConfigMap\n");
        files.put("c/templates/a.yaml", "kind: Foo\n---\nkind: Service\n---\nkind: Bar\n");
        files.put("c/templates/_h.tpl", "kind: Secret\n");
        files.put("c/templates/hooks.yaml", """
                kind: Job
                metadata:
                  name: j
                  annotations:
                    helm.sh/hook: pre-install, test-success
                    helm.sh/hook-weight: "5"
                    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
                ---
                kind: Pod
                metadata:
                  annotations:
                    helm.sh/hook: nonsense
                ---
                kind: ValidatingWebhookConfiguration
                """);
        SortedManifests s = ManifestSorter.sort(files, KindOrder.INSTALL);
        assertThat(s.manifests()).extracting(m -> m.head().kind())
                .containsExactly("ConfigMap", "Service", "Deployment", "ValidatingWebhookConfiguration", "Bar", "Foo");
        assertThat(s.hooks()).hasSize(1);
        Hook h = s.hooks().get(0);
        assertThat(h.events()).containsExactly(HookEvent.PRE_INSTALL, HookEvent.TEST);
        assertThat(h.weight()).isEqualTo(5);
        assertThat(h.deletePolicies()).containsExactly("before-hook-creation", "hook-succeeded");
        assertThat(h.isTest()).isTrue();
        assertThat(s.unknownHooks()).containsExactly("nonsense");
    }

    @Test
    void invalidYamlNamesTheTemplate() {
        assertThatThrownBy(() -> ManifestSorter.sort(Map.of("c/templates/x.yaml", "a: [\n"), KindOrder.INSTALL))
                .isInstanceOf(ManifestParseException.class)
                .hasMessageStartingWith("YAML parse error on c/templates/x.yaml: ");
    }
}
