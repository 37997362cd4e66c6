package io.helm4j.storage;

import java.util.List;
import java.util.Map;

/**
 * The Kubernetes objects that hold release records, seen by the {@link SecretDriver} and the
 * {@link ConfigMapDriver}: the Secrets (or the ConfigMaps) of one namespace, or of every namespace
 * when bound to "". The Kubernetes client module implements it over the API server; the SDK ships
 * {@link InMemoryRecordObjects} for tests.
 *
 * <p>Contract, as Helm's drivers rely on it (client-go's {@code SecretInterface}/{@code ConfigMapInterface}):
 * <ul>
 *   <li>{@link #get} throws {@link NotFoundException} when no object has the name (HTTP 404);</li>
 *   <li>{@link #create} throws {@link AlreadyExistsException} when an object has the name (HTTP 409
 *       {@code AlreadyExists});</li>
 *   <li>{@link #update} replaces the whole object (a PUT: labels, type and data as given, without a
 *       resourceVersion precondition, as Helm sends none); it throws {@link NotFoundException} when
 *       the object does not exist;</li>
 *   <li>{@link #delete} throws {@link NotFoundException} when the object does not exist;</li>
 *   <li>{@link #list} returns the objects whose labels equal every entry of the selector (an
 *       equality-based label selector, {@code k1=v1,k2=v2}), in the API server's order (by name
 *       within a namespace), possibly none;</li>
 *   <li>any other failure (unreachable server, RBAC denial...) is a {@link StorageException} whose
 *       message is the API error's, as client-go prints it.</li>
 * </ul>
 * {@link RecordObjectsContract#verify} checks an implementation against these rules.
 */
public interface RecordObjects {
    /** The kind these objects are: {@code Secret} or {@code ConfigMap}. */
    String kind();

    StoredObject get(String name);

    List<StoredObject> list(Map<String, String> labelSelector);

    void create(StoredObject object);

    void update(StoredObject object);

    void delete(String name);

    /** No object with that name: the API server's 404. */
    class NotFoundException extends StorageException {
        public NotFoundException(String message) {
            super(message);
        }
    }

    /** An object with that name already exists: the API server's 409 {@code AlreadyExists}. */
    class AlreadyExistsException extends StorageException {
        public AlreadyExistsException(String message) {
            super(message);
        }
    }
}
