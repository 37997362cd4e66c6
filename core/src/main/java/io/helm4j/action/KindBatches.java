package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.kube.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Helm 4's {@code perform}/{@code batchPerform} ({@code pkg/kube/client.go}, used by {@code Client.Create} and
 * {@code Client.Delete}): the objects, in install or uninstall order, are cut into runs of consecutive objects
 * of one kind; the objects of a run are sent concurrently, and a run starts only when the one before it has
 * finished, so the kind order holds (CRDs, namespaces and service accounts before what uses them). As in Helm
 * a failure does not stop the other objects: every outcome comes back, in the objects' order.
 *
 * <p>helm4j also runs {@code Client.Update}'s per-object work (get, then create or update) this way, which Helm
 * does one object at a time, and the waiter's reads. At most {@link #MAX_CONCURRENT} requests are in flight, on
 * virtual threads; a run of one object runs on the caller's thread.
 */
final class KindBatches {
    /**
     * Requests in flight at once. Helm starts a goroutine per object of a run, unbounded; helm4j stays below the
     * API server's HTTP/2 limit of concurrent streams on one connection (100 unless the server is told
     * otherwise: {@code --http2-max-streams-per-connection}). Many writes in flight together matter: etcd commits
     * concurrent writes with one disk sync, so a run of 150 ConfigMaps goes out in far fewer syncs than 150.
     */
    static final int MAX_CONCURRENT = 96;

    private KindBatches() {
    }

    /** What an operation on one object gave: its value, or the exception it threw. */
    record Outcome<T>(Resource resource, T value, RuntimeException error) {
        boolean failed() {
            return error != null;
        }
    }

    /** {@code op} on every object, runs of one kind concurrently, kind after kind; the outcomes in order. */
    static <T> List<Outcome<T>> run(List<Resource> resources, Function<Resource, T> op) {
        return runUntil(resources, op, o -> false);
    }

    /**
     * As {@link #run}, but no run starts after one where an outcome met {@code stop}: the outcomes of the
     * runs made, in order.
     */
    static <T> List<Outcome<T>> runUntil(List<Resource> resources, Function<Resource, T> op,
            Predicate<Outcome<T>> stop) {
        List<Outcome<T>> out = new ArrayList<>(resources.size());
        int start = 0;
        while (start < resources.size()) {
            String kind = resources.get(start).kind();
            int end = start + 1;
            while (end < resources.size() && resources.get(end).kind().equals(kind)) {
                end++;
            }
            List<Outcome<T>> batch = all(resources.subList(start, end), op);
            out.addAll(batch);
            if (batch.stream().anyMatch(stop)) {
                break;
            }
            start = end;
        }
        return out;
    }

    /** {@code op} on every object at once (no kind order: reads); the outcomes in order. */
    static <T> List<Outcome<T>> all(List<Resource> resources, Function<Resource, T> op) {
        return each(resources, r -> call(r, op));
    }

    /**
     * {@code op} on every item at once (at most {@link #MAX_CONCURRENT} in flight), the results in the items'
     * order; when some throw, the first in that order is thrown once all have finished.
     */
    static <E, T> List<T> each(List<E> items, Function<E, T> op) {
        if (items.size() <= 1) {
            return items.stream().map(op).toList();
        }
        Semaphore slots = new Semaphore(MAX_CONCURRENT);
        List<Future<T>> futures = new ArrayList<>(items.size());
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (E item : items) {
                futures.add(pool.submit(() -> {
                    slots.acquire();
                    try {
                        return op.apply(item);
                    } finally {
                        slots.release();
                    }
                }));
            }
            List<T> out = new ArrayList<>(items.size());
            RuntimeException first = null;
            for (Future<T> f : futures) {
                try {
                    out.add(f.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    first = first != null ? first : new Helm4jException("interrupted", e);
                } catch (ExecutionException e) {
                    first = first != null ? first : e.getCause() instanceof RuntimeException re ? re
                            : new Helm4jException(String.valueOf(e.getCause()), e.getCause());
                }
            }
            if (first != null) {
                throw first;
            }
            return out;
        }
    }

    private static <T> Outcome<T> call(Resource r, Function<Resource, T> op) {
        try {
            return new Outcome<>(r, op.apply(r), null);
        } catch (RuntimeException e) {
            return new Outcome<>(r, null, e);
        }
    }

    /**
     * Throws when an object failed: the one failure as it is, several as Helm's {@code errors.Join} words them
     * (one message a line), the first as the cause and every one suppressed.
     */
    static void throwFailures(List<? extends Outcome<?>> outcomes) {
        List<RuntimeException> errors = outcomes.stream().filter(Outcome::failed).map(Outcome::error).toList();
        if (errors.isEmpty()) {
            return;
        }
        if (errors.size() == 1) {
            throw errors.getFirst();
        }
        Helm4jException joined = new Helm4jException(String.join("\n",
                errors.stream().map(e -> String.valueOf(e.getMessage())).toList()), errors.getFirst());
        errors.forEach(joined::addSuppressed);
        throw joined;
    }
}
