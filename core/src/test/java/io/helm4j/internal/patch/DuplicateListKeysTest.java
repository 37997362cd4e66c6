package io.helm4j.internal.patch;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.yaml.GoYaml;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lists server-side apply rejects for two entries of one key, in the API server's words (checked against a real
 * server by ApplyMethodClusterTest); what it accepts passes.
 */
class DuplicateListKeysTest {
    private static final PatchSchema POD = PatchSchema.forKind("", "v1", "Pod").orElseThrow();
    private static final PatchSchema DEPLOYMENT = PatchSchema.forKind("apps", "v1", "Deployment").orElseThrow();

    private static Map<?, ?> yaml(String text) {
        return (Map<?, ?>) GoYaml.load(text);
    }

    @Test
    void aRepeatedEnvNameAndAPortRepeatedWithItsDefaultProtocolAreFound() {
        Map<?, ?> d = yaml("""
                apiVersion: apps/v1
                kind: Deployment
                spec:
                  template:
                    spec:
                      containers:
                      - name: app
                        env: [{name: A, value: "1"}, {name: B}, {name: A, value: "2"}]
                        ports: [{containerPort: 80}, {containerPort: 80, protocol: TCP}]
                """);
        assertThat(DuplicateListKeys.find(d, DEPLOYMENT)).containsExactly(
                ".spec.template.spec.containers[name=\"app\"].env: duplicate entries for key [name=\"A\"]",
                ".spec.template.spec.containers[name=\"app\"].ports: duplicate entries for key "
                        + "[containerPort=80,protocol=\"TCP\"]");
    }

    @Test
    void nestedDuplicatesComeBeforeTheirListsOwnAsTheServerListsThem() {
        Map<?, ?> p = yaml("""
                spec:
                  containers:
                  - name: app
                    ports: [{containerPort: 53, protocol: UDP, name: a}, {containerPort: 53, protocol: UDP}]
                  - name: app
                """);
        assertThat(DuplicateListKeys.find(p, POD)).containsExactly(
                ".spec.containers[name=\"app\"].ports: duplicate entries for key [containerPort=53,protocol=\"UDP\"]",
                ".spec.containers: duplicate entries for key [name=\"app\"]");
    }

    @Test
    void oneKeyPerEntryAndListsWithoutKeysPass() {
        Map<?, ?> p = yaml("""
                spec:
                  containers:
                  - name: dns
                    ports: [{containerPort: 53, protocol: UDP}, {containerPort: 53, protocol: TCP}]
                    args: [a, a]
                  tolerations: [{key: k}, {key: k}]
                """);
        assertThat(DuplicateListKeys.find(p, POD)).isEmpty();
    }
}
