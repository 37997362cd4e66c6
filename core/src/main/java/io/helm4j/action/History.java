package io.helm4j.action;

import io.helm4j.release.Release;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code helm history}: the newest {@code max} revisions of a release, those with a manifest, oldest first,
 * as Helm's {@code action.History} and its command's {@code getHistory}.
 */
public final class History {
    private final ActionContext context;

    public History(ActionContext context) {
        this.context = context;
    }

    public HistoryResult run(HistoryOptions o) {
        try {
            io.helm4j.storage.ReleaseName.validate(o.name());
        } catch (io.helm4j.storage.StorageException e) {
            throw new io.helm4j.Helm4jException("release name is invalid: " + o.name());
        }
        String ns = !o.namespace().isEmpty() ? o.namespace() : context.kube().namespace();
        List<Release> all = new ArrayList<>(Reachability.first(context, () -> context.storage(ns).history(o.name())));
        all.sort(Comparator.comparingInt(Release::version).reversed());
        List<Release> kept = new ArrayList<>();
        for (int i = 0; i < Math.min(all.size(), o.max()); i++) {
            Release r = all.get(i);
            if (r.manifest() != null && !r.manifest().isEmpty()) {
                kept.add(0, r);
            }
        }
        return new HistoryResult(kept);
    }
}
