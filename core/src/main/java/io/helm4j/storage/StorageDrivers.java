package io.helm4j.storage;

import java.time.Clock;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The driver {@code HELM_DRIVER} names, as Helm's {@code Configuration.Init} chooses it:
 * {@code secret}, {@code secrets} or unset for Secrets, {@code configmap(s)} for ConfigMaps,
 * {@code memory}, and {@code sql}, whose module is looked up only then. Anything else is
 * {@code unknown driver "NAME"}.
 */
public final class StorageDrivers {
    /** The variable that chooses the driver. */
    public static final String ENV = "HELM_DRIVER";

    /** Where the Secret and ConfigMap drivers get their objects: the Kubernetes client, for one namespace. */
    @FunctionalInterface
    public interface ObjectsFactory {
        /** The {@code kind} objects ({@code Secret} or {@code ConfigMap}) of {@code namespace} ("" for all). */
        RecordObjects open(String kind, String namespace);
    }

    private StorageDrivers() {
    }

    public static Driver open(String helmDriver, String namespace, Map<String, String> env, Clock clock,
            ObjectsFactory objects) {
        String name = helmDriver == null ? "" : helmDriver;
        return switch (name) {
            case "secret", "secrets", "" -> new SecretDriver(objects.open("Secret", namespace), clock);
            case "configmap", "configmaps" -> new ConfigMapDriver(objects.open("ConfigMap", namespace), clock);
            case "memory" -> {
                MemoryDriver m = new MemoryDriver();
                m.setNamespace(namespace);
                if (env.containsKey(MemoryDriverData.ENV)) { // Helm's loadReleasesInMemory
                    MemoryDriverData.load(m, MemoryDriverData.paths(env.get(MemoryDriverData.ENV)),
                            java.nio.file.Path.of(""), namespace);
                }
                yield m;
            }
            case "sql" -> provider("sql").open(namespace, env);
            default -> throw new StorageException("unknown driver \"" + name + "\"");
        };
    }

    private static DriverProvider provider(String name) {
        for (DriverProvider p : ServiceLoader.load(DriverProvider.class, StorageDrivers.class.getClassLoader())) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new StorageException("unable to instantiate SQL driver: the helm4j-storage-sql module is not on the "
                + "class path");
    }
}
