package io.helm4j.storage;

import io.helm4j.release.Release;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where release records live: Helm's {@code driver.Driver}. Keys are
 * {@code sh.helm.release.v1.NAME.vN} ({@link Storage#key}). Implementations: {@link MemoryDriver},
 * {@link SecretDriver}, {@link ConfigMapDriver}, and the SQL driver of the {@code storage-sql} module.
 */
public interface Driver {
    /** Helm's driver name: {@code Secret}, {@code ConfigMap}, {@code Memory}, {@code SQL}. */
    String name();

    /** The record under {@code key}; throws {@link ReleaseNotFoundException} when there is none. */
    Release get(String key);

    /** Every record owned by Helm that the filter accepts (an empty list when none). */
    List<Release> list(Predicate<Release> filter);

    /**
     * The records whose labels equal every given label (Helm's system labels {@code name},
     * {@code owner}, {@code status}, {@code version}...); throws {@link ReleaseNotFoundException}
     * when none match, as Helm's drivers do.
     */
    List<Release> query(Map<String, String> labels);

    /** Stores a new record; throws {@link ReleaseExistsException} when the key is taken. */
    void create(String key, Release release);

    /** Replaces the record under {@code key}. */
    void update(String key, Release release);

    /** Removes the record under {@code key} and returns it; {@link ReleaseNotFoundException} when absent. */
    Release delete(String key);
}
