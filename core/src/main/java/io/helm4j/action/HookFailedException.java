package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.release.ReleaseHook;
import java.util.List;

/**
 * A hook that could not be created, failed or timed out (the message is Helm 4's: the creation's error, or the
 * wait's line for the hook object),
 * with every hook of the release as it stands after the run ({@link #hooks()}: the failed one's last
 * run recorded), so the caller records the release as Helm does.
 */
public final class HookFailedException extends Helm4jException {
    private final transient List<ReleaseHook> hooks;

    HookFailedException(String message, Helm4jException cause, List<ReleaseHook> hooks) {
        super(message, cause);
        this.hooks = hooks;
    }

    public List<ReleaseHook> hooks() {
        return hooks;
    }
}
