package io.helm4j.action;

import io.helm4j.dependency.DependencyManager;
import io.helm4j.dependency.OciCharts;
import io.helm4j.downloader.ChartDownloader;
import io.helm4j.downloader.ChartPathOptions;
import io.helm4j.downloader.Download;
import io.helm4j.dependency.HttpChartSource;
import io.helm4j.getter.Getters;
import io.helm4j.settings.HelmSettings;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code helm dependency update}: Chart.yaml's dependencies resolved against the repositories, downloaded (in
 * parallel, through Helm 4's content cache) into {@code charts/}, and Chart.lock written when it changed.
 * {@code helm dependency build} is {@link DependencyBuild}.
 */
public final class DependencyUpdate {
    private final ActionContext context;

    public DependencyUpdate(ActionContext context) {
        this.context = context;
    }

    public DependencyUpdateResult run(DependencyUpdateOptions options) {
        return new DependencyUpdateResult(manager(context, options).update());
    }

    static DependencyManager manager(ActionContext context, DependencyUpdateOptions options) {
        HelmSettings s = context.settings();
        return new DependencyManager(options.chart(), Path.of(s.repositoryConfig()), Path.of(s.repositoryCache()),
                Path.of(s.contentCache()), options.verify() ? options.keyring() : null, options.skipRefresh(),
                options.modTime() != null ? options.modTime() : context.clock().instant(),
                new HttpChartSource(Getters.DEFAULT_TIMEOUT, context.getters()), context.charts(), context.clock(), context.events(),
                Getters.DEFAULT_TIMEOUT, registry(new ChartDownloader(s, context.events(), context.getters()),
                        options.registry()));
    }

    /** {@code oci://} dependencies through the downloader's registry client, with the command's flags. */
    static OciCharts registry(ChartDownloader downloader, ChartPathOptions flags) {
        return new OciCharts() {
            @Override
            public List<String> versions(String ref) {
                return downloader.ociTags(ref, flags);
            }

            @Override
            public Download pull(String ref, String version, boolean provenance) {
                return downloader.fetch(ref, flags.withVersion(version), provenance);
            }
        };
    }
}
