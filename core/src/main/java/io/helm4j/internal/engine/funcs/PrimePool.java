package io.helm4j.internal.engine.funcs;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayDeque;

/**
 * Random primes of one size for RSA keys, searched ({@link PrimeSearch}) by each thread waiting in
 * {@link #takeTwo} and by helper threads, one per further processor (one to three), while any thread waits:
 * the waiting thread takes the first two found by any (a prime search's length varies a lot, so two from a
 * shared search come sooner than the slower of two searches of one prime each). Each prime is drawn from the
 * random source and handed out once; one found after the waiting thread had its two stays for the next key.
 */
final class PrimePool {
    private final int bits;
    private final SecureRandom random;
    private final int maxHelpers = Math.clamp(Runtime.getRuntime().availableProcessors() - 1, 1, 3);
    private final ArrayDeque<BigInteger> found = new ArrayDeque<>();
    private volatile int available;
    private int waiting;
    private int helpers;
    private RuntimeException failure;

    PrimePool(int bits, SecureRandom random) {
        this.bits = bits;
        this.random = random;
    }

    /** Two primes: left over from an earlier key, or searched now by this thread and the helpers. */
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

    /** Whether helpers should go on: fewer primes found than the waiting threads need. */
    private synchronized boolean wanted() {
        return failure == null && found.size() < 2 * waiting;
    }

    private void startHelpers() {
        while (helpers < maxHelpers && wanted()) {
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
