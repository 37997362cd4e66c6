package io.helm4j.downloader;

import io.helm4j.Helm4jException;

/** A chart (or a version of it) a repository does not have; the message is Helm's. */
public final class ChartNotFoundException extends Helm4jException {
    public ChartNotFoundException(String message) {
        super(message);
    }
}
