package io.helm4j.diff;

import io.helm4j.kube.GroupVersionKind;
import io.helm4j.kube.KubeClient;
import io.helm4j.kube.KubeException;
import io.helm4j.kube.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields drift ignores by design, built in: a workload's {@code .spec.replicas} while a
 * HorizontalPodAutoscaler of the namespace scales it, and the CA bundles that certificate controllers
 * inject into webhook configurations, CRD conversion webhooks and APIServices; and, per object, the paths
 * listed in its annotation {@value #ANNOTATION} (comma-separated); and, per release, the rules its chart lists in
 * the same annotation of its {@code Chart.yaml} ({@link #ofChart}). Defaulted fields need no rule: the
 * comparison is with the server's own dry run of the release's manifest, defaults included.
 */
public final class DriftRules {
    /** Per-object ignore paths, set in a chart's templates: {@code .spec.replicas,.data.generated}. */
    public static final String ANNOTATION = "drift.helm4j.io/ignore";

    private static final GroupVersionKind HPA = new GroupVersionKind("autoscaling", "v2", "HorizontalPodAutoscaler");

    private DriftRules() {
    }

    /** The built-in rules that do not depend on the cluster. */
    public static List<DriftRule> caBundles() {
        String why = "CA bundle injected by a controller";
        return List.of(
                new DriftRule("MutatingWebhookConfiguration", "*", ".webhooks[*].clientConfig.caBundle", why),
                new DriftRule("ValidatingWebhookConfiguration", "*", ".webhooks[*].clientConfig.caBundle", why),
                new DriftRule("CustomResourceDefinition", "*", ".spec.conversion.webhook.clientConfig.caBundle", why),
                new DriftRule("APIService", "*", ".spec.caBundle", why));
    }

    /** Every built-in rule for a namespace: the CA bundles, and {@code .spec.replicas} of each HPA's target. */
    public static List<DriftRule> builtIn(KubeClient kube, String namespace) {
        List<DriftRule> out = new ArrayList<>(caBundles());
        List<Resource> hpas;
        try {
            hpas = kube.list(HPA, namespace, "");
        } catch (KubeException e) {
            return out; // no autoscaling/v2, or not allowed to list: no HPA rule
        }
        for (Resource h : hpas) {
            Object kind = h.at("spec", "scaleTargetRef", "kind");
            Object name = h.at("spec", "scaleTargetRef", "name");
            if (kind instanceof String k && name instanceof String n) {
                out.add(new DriftRule(k, n, ".spec.replicas", "scaled by HorizontalPodAutoscaler " + h.name()));
            }
        }
        return out;
    }

    /**
     * A release's own rules: the chart's {@code Chart.yaml} annotation {@value #ANNOTATION}, rules in the
     * {@code --ignore} form ({@code KIND[/NAME]:PATH}) separated by commas or new lines, recorded with every
     * revision, so {@code drift} applies them without flags.
     *
     * @param chartAnnotations the annotations of the release's chart ({@code Chart.yaml} {@code annotations})
     */
    public static List<DriftRule> ofChart(java.util.Map<String, String> chartAnnotations) {
        String v = chartAnnotations == null ? null : chartAnnotations.get(ANNOTATION);
        List<DriftRule> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        for (String text : v.split("[,\n]")) {
            if (!text.isBlank()) {
                DriftRule r = DriftRule.parse(text.strip());
                out.add(new DriftRule(r.kind(), r.name(), r.path(), "the chart's annotation " + ANNOTATION));
            }
        }
        return out;
    }

    /** The rules of an object's annotation. */
    static List<DriftRule> ofAnnotation(Resource r) {
        String v = r.annotations().get(ANNOTATION);
        List<DriftRule> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        for (String p : v.split(",")) {
            if (!p.isBlank()) {
                out.add(new DriftRule(r.kind(), r.name(), p.strip(), "annotation " + ANNOTATION));
            }
        }
        return out;
    }
}
