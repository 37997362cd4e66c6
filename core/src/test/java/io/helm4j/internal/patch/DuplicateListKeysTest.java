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

    /** The API server's answer to this Pod applied server-side (kubectl apply --server-side --dry-run=server). */
    @Test
    void everyRepeatedEntryOfASetOrMapListIsOneErrorAndRepeatedElementsAreLookedInto() {
        Map<?, ?> p = yaml("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: dup3
                  finalizers: [a.io/x, a.io/x, a.io/x]
                spec:
                  containers:
                  - name: app
                    env: [{name: A}, {name: A}, {name: A}]
                  - name: app
                    env: [{name: B}, {name: B}]
                """);
        assertThat(DuplicateListKeys.find(p, POD)).containsExactly(
                ".metadata.finalizers: duplicate entries for key [=\"a.io/x\"]",
                ".metadata.finalizers: duplicate entries for key [=\"a.io/x\"]",
                ".spec.containers[name=\"app\"].env: duplicate entries for key [name=\"A\"]",
                ".spec.containers[name=\"app\"].env: duplicate entries for key [name=\"A\"]",
                ".spec.containers: duplicate entries for key [name=\"app\"]",
                ".spec.containers[name=\"app\"].env: duplicate entries for key [name=\"B\"]");
    }

    /** The API server's answer to this FlowSchema: sets inside lists of no type, found through their index. */
    @Test
    void setsInsideAtomicListsAreFoundByIndex() {
        Map<?, ?> f = yaml("""
                apiVersion: flowcontrol.apiserver.k8s.io/v1
                kind: FlowSchema
                spec:
                  rules:
                  - subjects: [{kind: Group, group: {name: g}}]
                    nonResourceRules:
                    - verbs: [get, get, list]
                      nonResourceURLs: ["/x", "/x"]
                """);
        assertThat(DuplicateListKeys.find(f, PatchSchema.forKind("flowcontrol.apiserver.k8s.io", "v1", "FlowSchema")
                .orElseThrow())).containsExactlyInAnyOrder(
                ".spec.rules[0].nonResourceRules[0].nonResourceURLs: duplicate entries for key [=\"/x\"]",
                ".spec.rules[0].nonResourceRules[0].verbs: duplicate entries for key [=\"get\"]");
    }

    @Test
    void aCustomResourcesSetByItsDefinitionComparesValuesWithTheirKind() {
        CrdSchema gadget = CrdSchema.of(yaml("""
                type: object
                properties:
                  spec:
                    type: object
                    properties:
                      zones: {type: array, x-kubernetes-list-type: set, items: {type: string}}
                      sizes: {type: array, x-kubernetes-list-type: set, items: {x-kubernetes-int-or-string: true}}
                      plain: {type: array, items: {type: string}}
                """));
        Map<?, ?> g = yaml("""
                metadata: {finalizers: [f, f]}
                spec: {zones: [a, b, a], sizes: [1, "1", 2, 2], plain: [x, x]}
                """);
        assertThat(DuplicateListKeys.find(g, gadget)).containsExactly(
                ".metadata.finalizers: duplicate entries for key [=\"f\"]",
                ".spec.zones: duplicate entries for key [=\"a\"]",
                ".spec.sizes: duplicate entries for key [=2]");
    }
}
