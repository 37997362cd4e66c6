package io.helm4j.storage;

import java.util.Map;

/**
 * A driver that lives in its own module and is found with {@link java.util.ServiceLoader} only when
 * chosen: the SQL driver of {@code storage-sql} (name {@code sql}). Registered in the module's
 * {@code META-INF/services/io.helm4j.storage.DriverProvider}.
 */
public interface DriverProvider {
    /** The {@code HELM_DRIVER} value that chooses it. */
    String name();

    /** Opens the driver for a namespace, configured from the environment (e.g. {@code HELM_DRIVER_SQL_CONNECTION_STRING}). */
    Driver open(String namespace, Map<String, String> env);
}
