package io.helm4j.action;

import java.nio.file.Path;

/** What {@code helm create} made: the chart's directory. */
public record CreateResult(Path chartDir) {
}
