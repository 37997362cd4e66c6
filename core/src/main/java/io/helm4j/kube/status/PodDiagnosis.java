package io.helm4j.kube.status;

import io.helm4j.kube.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Why a pod is not ready, in the words of {@code kubectl get pods}: a container waiting
 * ({@code CrashLoopBackOff}, {@code ImagePullBackOff}, {@code ErrImagePull}...), a container that
 * exited with an error, a pod the scheduler could not place ({@code Unschedulable} with the
 * scheduler's message), or a running pod not ready. kstatus judges a Deployment by its counters;
 * this tells the user which pod holds it back and why.
 */
public final class PodDiagnosis {
    private PodDiagnosis() {
    }

    /** The problems of one pod ({@code "ImagePullBackOff: Back-off pulling image \"x\""}); empty when it is fine. */
    public static List<String> problems(Resource pod) {
        List<String> out = new ArrayList<>();
        String phase = Fields.string(pod, "", "status", "phase");
        Fields.Condition scheduled = Fields.condition(pod, "PodScheduled");
        if (scheduled != null && scheduled.status().equals("False")) {
            out.add(join(scheduled.reason().isEmpty() ? "Unschedulable" : scheduled.reason(), scheduled.message()));
        }
        containers(pod, "initContainerStatuses", out);
        containers(pod, "containerStatuses", out);
        if (out.isEmpty() && phase.equals("Failed") && !Fields.string(pod, "", "status", "reason").isEmpty()) {
            out.add(join(Fields.string(pod, "", "status", "reason"), Fields.string(pod, "", "status", "message")));
        }
        if (out.isEmpty() && phase.equals("Running")) {
            Fields.Condition ready = Fields.condition(pod, "Ready");
            if (ready == null || !ready.status().equals("True")) {
                out.add(join("NotReady", ready == null ? "" : ready.reason()));
            }
        }
        return out;
    }

    /** One line for a pod: {@code "pod NAME: PROBLEM; PROBLEM"}, or "" when it has none. */
    public static String describe(Resource pod) {
        List<String> problems = problems(pod);
        if (problems.isEmpty()) {
            return "";
        }
        StringJoiner j = new StringJoiner("; ", "pod " + pod.name() + ": ", "");
        problems.forEach(j::add);
        return j.toString();
    }

    /**
     * The label selector of the pods an object owns (its {@code spec.selector.matchLabels}, or a
     * Service-style {@code spec.selector} map), or null when it has none.
     */
    public static String podSelector(Resource r) {
        Object sel = r.at("spec", "selector", "matchLabels");
        if (sel == null && r.kind().equals("Service")) {
            sel = r.at("spec", "selector");
        }
        if (!(sel instanceof Map<?, ?> labels) || labels.isEmpty()) {
            return null;
        }
        StringJoiner j = new StringJoiner(",");
        new java.util.TreeMap<>(labels).forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }

    private static void containers(Resource pod, String field, List<String> out) {
        if (!(pod.at("status", field) instanceof List<?> statuses)) {
            return;
        }
        for (Object o : statuses) {
            if (!(o instanceof Map<?, ?> cs) || !(cs.get("state") instanceof Map<?, ?> state)) {
                continue;
            }
            String name = cs.get("name") instanceof String s ? s : "?";
            if (state.get("waiting") instanceof Map<?, ?> w && w.get("reason") instanceof String reason
                    && !reason.equals("ContainerCreating") && !reason.equals("PodInitializing")) {
                out.add("container " + name + " " + join(reason, w.get("message") instanceof String m ? m : ""));
            } else if (state.get("terminated") instanceof Map<?, ?> t && t.get("exitCode") instanceof Number code
                    && code.longValue() != 0) {
                String reason = t.get("reason") instanceof String r ? r : "Error";
                out.add("container " + name + " " + reason + " (exit code " + code + ")");
            }
        }
    }

    private static String join(String reason, String message) {
        return message == null || message.isEmpty() ? reason : reason + ": " + message;
    }
}
