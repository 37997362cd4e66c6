package io.helm4j.action;

import io.helm4j.release.Release;

/** The revision {@code status} shows. */
public record StatusResult(Release release) {
}
