package io.helm4j.action;

import java.nio.file.Path;

/** What {@code helm package} wrote: the archive's path. */
public record PackageResult(Path archive) {
}
