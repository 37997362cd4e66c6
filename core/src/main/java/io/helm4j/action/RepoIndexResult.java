package io.helm4j.action;

import io.helm4j.repo.IndexFile;
import java.nio.file.Path;

/** The index written ({@code DIR/index.yaml}) and its content. */
public record RepoIndexResult(Path written, IndexFile index) {
}
