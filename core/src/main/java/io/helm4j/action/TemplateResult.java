package io.helm4j.action;

import io.helm4j.release.Hook;
import io.helm4j.release.Manifest;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code helm template} produced: {@code output} is exactly what it prints on stdout after the
 * {@code wrote FILE} lines; {@code written} lists the files written under {@code --output-dir}, in
 * order (each printed as {@code wrote FILE} before {@code output}).
 */
public record TemplateResult(String releaseName, String output, List<Path> written, List<Manifest> manifests,
        List<Hook> hooks, String notes) {
}
