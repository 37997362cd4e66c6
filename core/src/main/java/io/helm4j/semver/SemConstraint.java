package io.helm4j.semver;

/** A Masterminds/semver v3 constraint such as {@code >=1.19.0-0 <2}, {@code ^1.2 || ~3}, {@code !=1.4.0}. */
public final class SemConstraint {
    // STUB: the semver implementation replaces this class body, keeping these signatures.

    private SemConstraint() {
    }

    /** Masterminds {@code NewConstraint}. Throws {@link SemverException} on bad syntax. */
    public static SemConstraint parse(String text) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Masterminds {@code Check}. */
    public boolean check(SemVersion version) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
