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
 * Once a key has been made, one helper goes on until the pool holds the next key's two primes: charts that
 * make keys mostly make more than one (genCA, then genSignedCert), and the search overlaps the certificate and
 * the rest of the render. It stops there, so a render that makes one key wastes at most two primes' search on
 * a core the render barely uses (bench/README.md).
 */
final class PrimePool {
    private final int bits;
    private final SecureRandom random;
    private final int maxHelpers = Math.clamp(Runtime.getRuntime().availableProcessors() - 1, 1, 3);
    private final ArrayDeque<BigInteger> found = new ArrayDeque<>();
    private volatile int available;
    private int waiting;
    private int helpers;
    /** Primes to keep ready beyond the waiting threads' needs: two (the next key's) once a key was taken. */
    private int ahead;
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
        boolean counted = true;
        try {
            PrimeSearch search = null;
            while (true) {
                synchronized (this) {
                    if (found.size() >= 2) {
                        BigInteger[] two = {found.poll(), found.poll()};
                        available = found.size();
                        waiting--;
                        counted = false;
                        ahead = 2;
                        startHelpers();
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
            if (counted) {
                synchronized (this) {
                    waiting--;
                }
            }
        }
    }

    /** Primes found and not yet handed out (for tests). */
    synchronized int ready() {
        return found.size();
    }

    /** Helper threads still searching (for tests). */
    synchronized int searching() {
        return helpers;
    }

    private synchronized void add(BigInteger p) {
        found.add(p);
        available = found.size();
    }

    /** Whether helpers should go on: fewer primes found than the waiting threads need (and the next key). */
    private synchronized boolean wanted() {
        return failure == null && found.size() < 2 * waiting + ahead;
    }

    /** Whether a helper should go on: primes wanted, and it is the one helper left when nobody waits. */
    private synchronized boolean goOn() {
        return wanted() && (waiting > 0 || helpers == 1);
    }

    /** Helpers up to one per further processor while threads wait; one alone to search ahead. */
    private void startHelpers() {
        int max = waiting > 0 ? maxHelpers : 1;
        while (helpers < max && wanted()) {
            helpers++;
            Thread.ofPlatform().daemon().name("helm4j-rsa-prime").start(this::help);
        }
    }

    private void help() {
        try {
            PrimeSearch search = new PrimeSearch(random);
            while (true) {
                synchronized (this) {
                    if (!goOn()) {
                        helpers--;
                        return;
                    }
                }
                BigInteger p = search.next(bits, () -> !goOn());
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
