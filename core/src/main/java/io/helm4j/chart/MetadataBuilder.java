package io.helm4j.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chart.yaml being decoded: Go's {@code *chart.Metadata} while {@code yaml.Unmarshal} fills it, so a
 * later document (requirements.yaml) can overlay it. Null list entries are kept for validation.
 */
final class MetadataBuilder {
    String apiVersion = "";
    String name = "";
    String home = "";
    List<String> sources;
    String version = "";
    String description = "";
    List<String> keywords;
    List<MaintainerBuilder> maintainers;
    String icon = "";
    String condition = "";
    String tags = "";
    String appVersion = "";
    boolean deprecated;
    Map<String, String> annotations;
    String kubeVersion = "";
    List<DependencyBuilder> dependencies;
    String type = "";

    static final class MaintainerBuilder {
        String name = "";
        String email = "";
        String url = "";

        Maintainer build() {
            return new Maintainer(name, email, url);
        }
    }

    static final class DependencyBuilder {
        String name = "";
        String version = "";
        String repository = "";
        String condition = "";
        List<String> tags;
        boolean enabled;
        List<Object> importValues;
        String alias = "";

        Dependency build() {
            return new Dependency(name, version, repository, condition, copy(tags), enabled, copyObjects(importValues),
                    alias);
        }
    }

    Metadata build() {
        List<Maintainer> ms = null;
        if (maintainers != null) {
            ms = new ArrayList<>();
            for (MaintainerBuilder m : maintainers) {
                ms.add(m.build());
            }
            ms = List.copyOf(ms);
        }
        List<Dependency> ds = null;
        if (dependencies != null) {
            ds = new ArrayList<>();
            for (DependencyBuilder d : dependencies) {
                ds.add(d.build());
            }
            ds = List.copyOf(ds);
        }
        Map<String, String> ann = annotations == null ? null
                : Collections.unmodifiableMap(new LinkedHashMap<>(annotations));
        return new Metadata(apiVersion, name, home, copy(sources), version, description, copy(keywords), ms, icon,
                appVersion, deprecated, ann, kubeVersion, ds, type, condition, tags);
    }

    private static List<String> copy(List<String> l) {
        return l == null ? null : List.copyOf(l);
    }

    private static List<Object> copyObjects(List<Object> l) {
        return l == null ? null : Collections.unmodifiableList(new ArrayList<>(l));
    }
}
