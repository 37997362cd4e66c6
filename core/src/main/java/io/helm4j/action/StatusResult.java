package io.helm4j.action;

import io.helm4j.kube.Resource;
import io.helm4j.kube.ResourceTable;
import io.helm4j.release.Release;
import java.util.List;

/**
 * The revision {@code status} shows, and, when asked ({@link StatusOptions#resources()}), its live
 * resources as Helm 4's RESOURCES section groups them: {@code v1/Service}, {@code v1/Deployment}...
 * then {@code v1/Pod(related)} for the pods their selectors match; each object as the server's table or
 * as the object itself, as asked.
 */
public record StatusResult(Release release, List<ResourceGroup> resources) {
    public StatusResult {
        resources = List.copyOf(resources);
    }

    public StatusResult(Release release) {
        this(release, List.of());
    }

    /** The objects of one key ({@code VERSION/KIND}, or {@code v1/Pod(related)}), in the release's order. */
    public record ResourceGroup(String key, List<ResourceTable> tables, List<Resource> objects) {
        public ResourceGroup {
            tables = List.copyOf(tables);
            objects = List.copyOf(objects);
        }
    }
}
