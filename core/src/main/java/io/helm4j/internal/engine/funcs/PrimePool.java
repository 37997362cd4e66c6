package io.helm4j.internal.engine.funcs;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayDeque;

/**
 * Random primes of one size for RSA keys, searched ({@link PrimeSearch}) by the threads that need them and by
 * helper threads: the primes {@link #reserve reserved} for keys a render is expected to make (one helper, started
 * early, while the render goes on), and two for each thread waiting in {@link #takeTwo} (helpers on every other
 * processor, up to three). Each prime is drawn from the random source and handed out once.
 */
final class PrimePool {
    private final int bits;
    private final SecureRandom random;
    private final int maxHelpers = Math.clamp(Runtime.getRuntime().availableProcessors() - 1, 1, 3);
    private final ArrayDeque<BigInteger> found = new ArrayDeque<>();
    private volatile int available;
    private int reserved;
    private int waiting;
    private int helpers;
    private boolean closed;
    private RuntimeException failure;

    PrimePool(int bits, SecureRandom random) {
        this.bits = bits;
        this.random = random;
    }

    /** Searches {@code primes} more primes ahead, in the background, for keys expected later. */
    synchronized void reserve(int primes) {
        reserved += primes;
        startHelpers();
    }

    /** Stops the background search at its next candidate; {@link #takeTwo} still works. */
    synchronized void close() {
        closed = true;
    }

    /** Two primes: found ahead, or searched now by this thread and the helpers; the first two found by any. */
    BigInteger[] takeTwo() {
        synchronized (this) {
            waiting++;
            startHelpers();
        }
        try {
            PrimeSearch search = null;
            while (true) {
                synchronized (this) {
                    if (found.size() >= 2) {
                        reserved = Math.max(0, reserved - 2);
                        BigInteger[] two = {found.poll(), found.poll()};
                        available = found.size();
                        return two;
                    }
                    if (failure != null) {
                        throw failure;
                    }
                }
                if (search == null) {
                    search = new PrimeSearch(random);
                }
                BigInteger p = search.next(bits, () -> available >= 2);
                if (p != null) {
                    add(p);
                }
            }
        } finally {
            synchronized (this) {
                waiting--;
            }
        }
    }

    private synchronized void add(BigInteger p) {
        found.add(p);
        available = found.size();
    }

    /** Whether helpers should go on: more primes are reserved or waited for than found. */
    private synchronized boolean wanted() {
        return failure == null && found.size() < (closed ? 0 : reserved) + 2 * waiting;
    }

    private void startHelpers() {
        int target = waiting > 0 ? maxHelpers : 1;
        while (helpers < target && wanted()) {
            helpers++;
            Thread.ofPlatform().daemon().name("helm4j-rsa-prime").start(this::help);
        }
    }

    private void help() {
        try {
            PrimeSearch search = new PrimeSearch(random);
            while (true) {
                synchronized (this) {
                    if (!wanted()) {
                        helpers--;
                        return;
                    }
                }
                BigInteger p = search.next(bits, () -> !wanted());
                if (p != null) {
                    add(p);
                }
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                failure = e;
                helpers--;
            }
        }
    }
}
