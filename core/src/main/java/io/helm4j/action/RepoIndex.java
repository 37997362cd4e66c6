package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.ChartLoader;
import io.helm4j.events.EventSink;
import io.helm4j.repo.IndexBuilder;
import io.helm4j.repo.IndexFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code helm repo index}: indexes the directory's chart archives into {@code DIR/index.yaml}, creation
 * times from the context's clock. With a merge file: a missing one is first written empty (as Helm does),
 * an existing one's versions are kept where the directory does not have them.
 */
public final class RepoIndex {
    private final ChartLoader loader;
    private final Clock clock;
    private final EventSink events;
    private final Path workingDir;

    public RepoIndex(ActionContext context) {
        this.loader = context.charts();
        this.clock = context.clock();
        this.events = context.events();
        this.workingDir = context.workingDir();
    }

    public RepoIndexResult run(RepoIndexOptions o) {
        Path dir = workingDir.resolve(o.dir());
        if (!Files.isDirectory(dir)) {
            throw new Helm4jException("open " + dir.resolve("index.yaml").toAbsolutePath().normalize()
                    + ": no such file or directory");
        }
        Path out = dir.resolve("index.yaml");
        IndexBuilder index = IndexBuilder.fromDirectory(dir, o.url(), loader, clock);
        if (o.merge() != null) {
            Path merge = workingDir.resolve(o.merge());
            IndexFile older;
            if (!Files.exists(merge)) {
                IndexBuilder.empty(clock).write(merge, o.json());
                older = new IndexFile("v1", java.util.Map.of());
            } else {
                try {
                    older = IndexFile.load(merge, events);
                } catch (Helm4jException e) {
                    // Helm names the merge file as given
                    throw new Helm4jException("merge failed: " + e.getMessage().replace(merge.toString(),
                            o.merge().toString()), e);
                }
            }
            index.merge(older);
        }
        index.write(out, o.json());
        return new RepoIndexResult(out, index.index());
    }
}
