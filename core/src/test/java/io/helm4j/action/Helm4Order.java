package io.helm4j.action;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus's {@code helm4-order.py} for outputs it left in Helm 3's order: a stable re-sort of the
 * manifests (then the hooks) by Helm 4's kind order, where the webhook configurations are known kinds.
 * Unlike the script, template files under {@code templates/crds/} are ordinary manifests here.
 */
final class Helm4Order {
    private static final List<String> KINDS = List.of(("PriorityClass Namespace NetworkPolicy ResourceQuota "
            + "LimitRange PodSecurityPolicy PodDisruptionBudget ServiceAccount Secret SecretList ConfigMap "
            + "StorageClass PersistentVolume PersistentVolumeClaim CustomResourceDefinition ClusterRole "
            + "ClusterRoleList ClusterRoleBinding ClusterRoleBindingList Role RoleList RoleBinding RoleBindingList "
            + "Service DaemonSet Pod ReplicationController ReplicaSet Deployment HorizontalPodAutoscaler "
            + "StatefulSet Job CronJob IngressClass Ingress APIService MutatingWebhookConfiguration "
            + "ValidatingWebhookConfiguration").split(" "));
    private static final String SEP = "---\n# Source: ";
    private static final Pattern KIND = Pattern.compile("^kind:[ \\t]*['\"]?([^'\"\\s#]*)", Pattern.MULTILINE);
    private static final Pattern HOOK = Pattern.compile("^\\s+['\"]?helm\\.sh/hook['\"]?\\s*:", Pattern.MULTILINE);

    private Helm4Order() {
    }

    static String resort(String text) {
        if (!text.startsWith(SEP)) {
            return text;
        }
        String[] parts = text.substring(SEP.length()).split("\n" + Pattern.quote(SEP), -1);
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String b = SEP + parts[i];
            blocks.add(i == parts.length - 1 ? b : b + "\n");
        }
        List<String> manifests = new ArrayList<>();
        List<String> hooks = new ArrayList<>();
        for (String b : blocks) {
            (HOOK.matcher(b).find() ? hooks : manifests).add(b);
        }
        Comparator<String> byKind = Comparator.comparing(Helm4Order::known).thenComparing(Helm4Order::rank)
                .thenComparing(Helm4Order::unknownKind);
        manifests.sort(byKind);
        hooks.sort(byKind);
        StringBuilder sb = new StringBuilder();
        manifests.forEach(b -> sb.append(b.endsWith("\n") ? b : b + "\n"));
        hooks.forEach(b -> sb.append(b.endsWith("\n") ? b : b + "\n"));
        String out = sb.toString();
        return text.endsWith("\n") ? out : out.replaceAll("\n+$", "");
    }

    private static String kind(String block) {
        int nl = block.indexOf('\n');
        Matcher m = KIND.matcher(nl < 0 ? "" : block.substring(nl + 1));
        return m.find() ? m.group(1) : "";
    }

    private static int known(String block) {
        return KINDS.contains(kind(block)) ? 0 : 1;
    }

    private static int rank(String block) {
        int i = KINDS.indexOf(kind(block));
        return i < 0 ? 0 : i;
    }

    private static String unknownKind(String block) {
        return KINDS.contains(kind(block)) ? "" : kind(block);
    }
}
