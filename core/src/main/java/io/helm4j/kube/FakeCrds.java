package io.helm4j.kube;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The mappings a CustomResourceDefinition declares (one per served version). */
final class FakeCrds {
    private FakeCrds() {
    }

    static List<ResourceMapping> mappings(Resource crd) {
        List<ResourceMapping> out = new ArrayList<>();
        String group = str(crd.at("spec", "group"));
        String kind = str(crd.at("spec", "names", "kind"));
        String plural = str(crd.at("spec", "names", "plural"));
        boolean namespaced = !"Cluster".equals(crd.at("spec", "scope"));
        if (crd.at("spec", "versions") instanceof List<?> versions) {
            for (Object v : versions) {
                if (v instanceof Map<?, ?> m && !Boolean.FALSE.equals(m.get("served"))) {
                    out.add(new ResourceMapping(new GroupVersionKind(group, str(m.get("name")), kind), plural, namespaced));
                }
            }
        }
        return out;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
