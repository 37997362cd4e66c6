package io.helm4j.action;

import io.helm4j.Helm4jException;

/**
 * An install that {@code upgrade --install} ran, because the release did not exist, failed; the
 * message and cause are the install's (Helm prints it as {@code INSTALLATION FAILED}, not
 * {@code UPGRADE FAILED}).
 */
public final class InstallFailedException extends Helm4jException {
    InstallFailedException(Helm4jException cause) {
        super(cause.getMessage(), cause);
    }
}
