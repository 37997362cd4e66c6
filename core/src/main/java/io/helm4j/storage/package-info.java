/**
 * Release storage, as Helm's {@code pkg/storage}: {@link io.helm4j.storage.Storage} over one
 * {@link io.helm4j.storage.Driver} (memory, Secret, ConfigMap; SQL in the {@code storage-sql} module),
 * chosen by {@link io.helm4j.storage.StorageDrivers} from {@code HELM_DRIVER}. The Secret and
 * ConfigMap drivers write Helm's exact objects through {@link io.helm4j.storage.RecordObjects}, which
 * the Kubernetes client implements.
 */
package io.helm4j.storage;
