package io.helm4j.internal.engine.funcs;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

/**
 * The RSA keys one render makes, started early: {@link #expectKeysOf} counts the calls of Sprig's functions that
 * make a 2048-bit key ({@code genCA}, {@code genSelfSignedCert}, {@code genSignedCert}) in the templates and
 * starts searching their primes in the background while values, schema and parsing go on, so a key is often
 * ready, or half ready, when the template asks for it. Every key is still made of fresh random primes, used
 * once. {@link #close} stops the search (a render that never calls them wastes only the time it ran).
 */
public final class KeyPool implements AutoCloseable {
    /** At most this many keys ahead, however many calls the templates hold (calls in loops or off branches). */
    private static final int MAX_EXPECTED = 4;
    private static final String[] KEY_MAKERS = {"genCA", "genSelfSignedCert", "genSignedCert"};
    private final Map<Integer, PrimePool> pools = new HashMap<>();
    private SecureRandom random;
    private boolean closed;

    /** The random source of the keys (Sprig's functions give theirs); before it, nothing is searched ahead. */
    synchronized void use(SecureRandom source) {
        if (random == null) {
            random = source;
        }
    }

    /** The pool of primes of {@code bits} bits, drawn from {@code fallback} unless a source was given. */
    synchronized PrimePool primes(int bits, SecureRandom fallback) {
        SecureRandom r = random != null ? random : fallback;
        return pools.computeIfAbsent(bits, b -> {
            PrimePool p = new PrimePool(b, r);
            if (closed) {
                p.close();
            }
            return p;
        });
    }

    /** Starts searching the primes of the 2048-bit keys that {@code templates} (their texts) may ask for. */
    public void expectKeysOf(Iterable<byte[]> templates) {
        int calls = 0;
        for (byte[] t : templates) {
            // Latin-1: a plain copy of the bytes, and the names are ASCII
            calls += calls(new String(t, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        SecureRandom r;
        synchronized (this) {
            r = random;
        }
        if (calls > 0 && r != null) {
            primes(1024, r).reserve(2 * Math.min(calls, MAX_EXPECTED));
        }
    }

    /** Calls of the key-making functions in {@code text}: their names not followed by a letter (not genCAWithKey). */
    static int calls(String text) {
        int n = 0;
        for (int at = text.indexOf("gen"); at >= 0; at = text.indexOf("gen", at + 3)) {
            for (String name : KEY_MAKERS) {
                int end = at + name.length();
                if (text.startsWith(name, at) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                    n++;
                }
            }
        }
        return n;
    }

    @Override
    public synchronized void close() {
        closed = true;
        pools.values().forEach(PrimePool::close);
    }
}
