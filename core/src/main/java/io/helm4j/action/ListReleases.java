package io.helm4j.action;

import io.helm4j.release.Release;
import io.helm4j.release.ReleaseStatus;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code helm list}: every release record of the namespace (or of all), filtered by name, reduced to
 * the latest revision of each release (unless only superseded ones are asked for), filtered by state,
 * sorted and truncated, as Helm's {@code action.List}.
 */
public final class ListReleases {
    private final ActionContext context;

    public ListReleases(ActionContext context) {
        this.context = context;
    }

    public ListReleasesResult run(ListReleasesOptions o) {
        String ns = o.allNamespaces() ? "" : !o.namespace().isEmpty() ? o.namespace() : context.kube().namespace();
        Pattern filter = o.filter().isEmpty() ? null : Pattern.compile(o.filter());
        List<Release> results = new ArrayList<>();
        for (Release r : Reachability.first(context, () -> context.storage(ns).listReleases())) {
            if (filter == null || filter.matcher(r.name()).find()) {
                results.add(r);
            }
        }
        if (!o.states().equals(java.util.EnumSet.of(ReleaseStatus.SUPERSEDED))) {
            results = latest(results);
        }
        results.removeIf(r -> !o.states().contains(r.status()));
        Comparator<Release> order = o.byDate()
                ? Comparator.comparing((Release r) -> deployed(r)).thenComparing(Release::name)
                : Comparator.comparing(Release::name).thenComparing(Release::namespace);
        if (o.reverse()) {
            order = order.reversed();
        }
        results.sort(order);
        if (o.offset() >= results.size()) {
            return new ListReleasesResult(List.of());
        }
        int limit = o.max() > 0 && o.max() < results.size() ? o.max() : results.size();
        return new ListReleasesResult(results.subList(o.offset(), Math.min(results.size(), o.offset() + limit)));
    }

    private static OffsetDateTime deployed(Release r) {
        return r.info() == null || r.info().lastDeployed() == null ? OffsetDateTime.MIN : r.info().lastDeployed();
    }

    /** Helm's {@code filterLatestReleases}: the highest revision per name and namespace. */
    private static List<Release> latest(List<Release> all) {
        Map<String, Release> byKey = new LinkedHashMap<>();
        for (Release r : all) {
            String key = r.name() + "\u0000" + r.namespace();
            Release seen = byKey.get(key);
            if (seen == null || seen.version() < r.version()) {
                byKey.put(key, r);
            }
        }
        return new ArrayList<>(byKey.values());
    }
}
