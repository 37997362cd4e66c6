package io.helm4j.internal.vcs;

import io.helm4j.Helm4jException;

/**
 * A failure of a version-control step with Masterminds/vcs's message ({@code Unable to get repository: ...},
 * {@code Cannot detect VCS}); {@link #output()} is what {@code git} printed, which Masterminds keeps apart from the
 * message unless its own runner folded it in.
 */
public final class VcsException extends Helm4jException {
    /** Masterminds' {@code ErrCannotDetectVCS}. */
    public static final String CANNOT_DETECT = "Cannot detect VCS";

    private final String output;

    public VcsException(String message, String output) {
        super(message);
        this.output = output == null ? "" : output;
    }

    public VcsException(String message, String output, Throwable cause) {
        super(message, cause);
        this.output = output == null ? "" : output;
    }

    static VcsException cannotDetect() {
        return new VcsException(CANNOT_DETECT, "");
    }

    /** Whether this is Masterminds' {@code ErrCannotDetectVCS}. */
    public boolean cannotDetectVcs() {
        return CANNOT_DETECT.equals(getMessage());
    }

    /** What the failing command printed (stdout and stderr together), or "". */
    public String output() {
        return output;
    }
}
