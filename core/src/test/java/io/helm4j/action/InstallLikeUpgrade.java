package io.helm4j.action;

import io.helm4j.release.Release;
import io.helm4j.release.ReleaseStatus;
import io.helm4j.storage.Storage;
import io.helm4j.values.ValueOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * For tests until the upgrade action lands: a second revision recorded as an upgrade records it (the
 * chart rendered again with other values, applied, the first revision superseded).
 */
record InstallLikeUpgrade(ActionContext context, Storage storage) {
    void upgrade(String name, String ns, Path chart, String... set) {
        Release current = storage.deployed(name);
        var rendered = RenderStep.run(context, new RenderStep.Request(
                new io.helm4j.engine.ReleaseInfo(name, ns, current.version() + 1, false, true), chart.toString(),
                new ValueOptions(null, List.of(set), null, null, null, null),
                ReleaseObjects.capabilities(context.kube()), false, false, false, false, null, true));
        String manifest = ReleaseObjects.manifest(rendered.sorted());
        for (var r : ReleaseObjects.applied(context.kube(), manifest, name, ns)) {
            context.kube().apply(r, io.helm4j.kube.ApplyOptions.helm().withForce(true));
        }
        storage.update(current.withStatus(ReleaseStatus.SUPERSEDED, "Superseded"));
        storage.create(new Release(name, current.info().withStatus(ReleaseStatus.DEPLOYED, "Upgrade complete"), current.chart(),
                rendered.userValues(), manifest, List.of(), current.version() + 1, ns, current.labels(),
                current.applyMethod(), current.format()));
    }
}
