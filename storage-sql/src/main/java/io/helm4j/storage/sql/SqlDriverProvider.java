package io.helm4j.storage.sql;

import io.helm4j.storage.Driver;
import io.helm4j.storage.DriverProvider;
import java.time.Clock;
import java.util.Map;

/** {@code HELM_DRIVER=sql}: the SQL driver on {@code HELM_DRIVER_SQL_CONNECTION_STRING}. */
public final class SqlDriverProvider implements DriverProvider {
    /** The variable Helm reads the connection string from. */
    public static final String CONNECTION_STRING_ENV = "HELM_DRIVER_SQL_CONNECTION_STRING";

    @Override
    public String name() {
        return "sql";
    }

    @Override
    public Driver open(String namespace, Map<String, String> env) {
        return SqlDriver.open(env.getOrDefault(CONNECTION_STRING_ENV, ""), namespace, env, Clock.systemUTC());
    }
}
