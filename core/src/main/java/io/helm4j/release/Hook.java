package io.helm4j.release;

import java.util.List;

/** A manifest annotated as a hook: when it runs, its weight, and when it is deleted. */
public record Hook(String name, String kind, String path, String manifest, List<HookEvent> events, int weight,
        List<String> deletePolicies, List<String> outputLogPolicies) {
    public static final String HOOK_ANNOTATION = "helm.sh/hook";
    public static final String WEIGHT_ANNOTATION = "helm.sh/hook-weight";
    public static final String DELETE_ANNOTATION = "helm.sh/hook-delete-policy";
    public static final String OUTPUT_LOG_ANNOTATION = "helm.sh/hook-output-log-policy";

    public boolean isTest() {
        return events.contains(HookEvent.TEST);
    }
}
