package io.helm4j.action;

import io.helm4j.release.Release;
import io.helm4j.storage.Storage;

/** {@code helm status}: one revision of a release (the latest when none is named), as Helm's {@code releaseContent}, with its live resources if asked. */
public final class Status {
    private final ActionContext context;

    public Status(ActionContext context) {
        this.context = context;
    }

    public StatusResult run(StatusOptions o) {
        String ns = !o.namespace().isEmpty() ? o.namespace() : context.kube().namespace();
        Release rel = Reachability.first(context, () -> revision(context.storage(ns), o.name(), o.revision()));
        return new StatusResult(rel, StatusResources.read(context.kube(), rel, o.resources()));
    }

    /** The named revision, or the last one for 0. */
    static Release revision(Storage storage, String name, int revision) {
        return revision > 0 ? storage.get(name, revision) : storage.last(name);
    }
}
