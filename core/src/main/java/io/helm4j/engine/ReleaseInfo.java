package io.helm4j.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code .Release}: the release a chart is rendered for (Helm's {@code ReleaseOptions}). */
public record ReleaseInfo(String name, String namespace, int revision, boolean isInstall, boolean isUpgrade) {

    /** An installation (revision 1) of {@code name} into {@code namespace}. */
    public static ReleaseInfo install(String name, String namespace) {
        return new ReleaseInfo(name, namespace, 1, true, false);
    }

    /** The map templates see as {@code .Release}. */
    public Map<String, Object> toTemplateObject() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Name", name);
        m.put("Namespace", namespace);
        m.put("IsUpgrade", isUpgrade);
        m.put("IsInstall", isInstall);
        m.put("Revision", revision);
        m.put("Service", "Helm");
        return m;
    }
}
