package io.helm4j.diff;

/** How one object of a release compares with what the release applied. */
public enum DriftState {
    /** As applied (ignored fields aside). */
    IN_SYNC,
    /** Some fields differ from what the release applied. */
    DRIFTED,
    /** The release lists the object and it is gone: deleted by hand. */
    DELETED,
    /** The object carries the release's ownership metadata and the release no longer lists it. */
    ORPHANED
}
