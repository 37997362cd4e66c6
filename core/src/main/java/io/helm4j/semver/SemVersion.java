package io.helm4j.semver;

/**
 * A semantic version with Masterminds/semver v3 semantics (what Helm and Sprig use): lenient
 * parsing ({@code v1.2}, {@code 1}), prerelease and metadata, Masterminds' ordering.
 */
public final class SemVersion implements Comparable<SemVersion> {
    // STUB: the semver implementation replaces this class body, keeping these signatures.

    private SemVersion() {
    }

    /** Masterminds {@code NewVersion}: lenient ("v1.2" is 1.2.0). Throws {@link SemverException}. */
    public static SemVersion parse(String text) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Masterminds {@code StrictNewVersion}: exactly SemVer 2.0 (no "v", three parts). */
    public static SemVersion parseStrict(String text) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public long major() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public long minor() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public long patch() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Prerelease without the dash, or "". */
    public String prerelease() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Build metadata without the plus, or "". */
    public String metadata() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** The version as originally written. */
    public String original() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    @Override
    public int compareTo(SemVersion o) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
