package io.helm4j.action;

import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code helm repo index DIR}: the directory of chart archives, the base URL of the charts (may be empty),
 * an existing index to merge into (null for none), and whether to write JSON instead of YAML.
 */
public record RepoIndexOptions(Path dir, String url, Path merge, boolean json) {
    public RepoIndexOptions {
        Objects.requireNonNull(dir, "dir");
        url = url == null ? "" : url;
    }

    public static RepoIndexOptions of(Path dir) {
        return new RepoIndexOptions(dir, "", null, false);
    }

    public RepoIndexOptions withUrl(String v) {
        return new RepoIndexOptions(dir, v, merge, json);
    }

    public RepoIndexOptions withMerge(Path v) {
        return new RepoIndexOptions(dir, url, v, json);
    }

    public RepoIndexOptions withJson(boolean v) {
        return new RepoIndexOptions(dir, url, merge, v);
    }
}
