package io.helm4j.diff;

/** What applying a target does to one object, named as the helm-diff plugin names it. */
public enum ChangeType {
    /** The object does not exist and would be created. */
    ADD,
    /** The object exists and some of its fields would change. */
    MODIFY,
    /** The object exists and is no longer in the target: it would be deleted. */
    REMOVE,
    /** The object exists and a change touches an immutable field: it must be deleted and created again. */
    REPLACE
}
