package io.helm4j.action;

import java.nio.file.Path;

/**
 * What {@code helm pull} did: the archive it saved ({@code null} when it expanded it into {@code expandedTo}
 * instead), and for an {@code oci://} pull the reference and manifest digest Helm reports ({@code Pulled:},
 * {@code Digest:}), else empty strings.
 */
public record PullResult(Path saved, Path expandedTo, String pulledRef, String digest) {
}
