package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.FuncMap;

import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * Sprig v3.3's {@code TxtFuncMap()} as Helm exposes it (without {@code env} and {@code expandenv}).
 * Time and randomness come from the given clock and generator; nothing is shared between maps.
 */
public final class SprigFunctions {
    private SprigFunctions() {
    }

    /**
     * The times in a tree that another part read ({@code fromToml}'s {@code time.Time} values) made times of the
     * date functions, in place, so their methods ({@code .Year}, {@code .Format}, {@code .Unix}...) work as Go's.
     */
    public static void goTimes(Object tree) {
        if (tree instanceof java.util.Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            java.util.Map<Object, Object> mm = (java.util.Map<Object, Object>) m;
            for (java.util.Map.Entry<Object, Object> e : mm.entrySet()) {
                if (e.getValue() instanceof io.helm4j.yaml.GoTimeValue t && !(t instanceof GoTime)) {
                    e.setValue(DateFunctions.fromValue(t));
                } else {
                    goTimes(e.getValue());
                }
            }
        } else if (tree instanceof java.util.List<?> l) {
            @SuppressWarnings("unchecked")
            java.util.List<Object> ll = (java.util.List<Object>) l;
            for (int i = 0; i < ll.size(); i++) {
                if (ll.get(i) instanceof io.helm4j.yaml.GoTimeValue t && !(t instanceof GoTime)) {
                    ll.set(i, DateFunctions.fromValue(t));
                } else {
                    goTimes(ll.get(i));
                }
            }
        }
    }

    /** A Go {@code []string} of {@code elements}, for Helm's functions that return one ({@code .Files.Lines}). */
    public static java.util.List<Object> stringSlice(java.util.Collection<String> elements) {
        return TypedList.strings(elements);
    }

    /**
     * A new function map. {@code random} feeds the random functions ({@code randAlphaNum}, {@code randBytes},
     * {@code uuidv4}, {@code randInt}, {@code shuffle}): pass a {@link java.security.SecureRandom} in
     * production, as Sprig uses crypto/rand for most of them. Keys, certificate serials, bcrypt salts and
     * AES IVs come from {@code random} only when it is a SecureRandom, otherwise from a fresh SecureRandom.
     */
    public static FuncMap create(Clock clock, RandomGenerator random) {
        return create(clock, random, System.getenv());
    }

    /**
     * A new function map whose date functions read zones as Go does from {@code env}: {@code $ZONEINFO} (a
     * directory or a zip file) for {@code dateInZone} and friends, and, with the system clock, {@code $TZ} (else
     * /etc/localtime) for "Local".
     */
    public static FuncMap create(Clock clock, RandomGenerator random, java.util.Map<String, String> env) {
        FuncMap f = new FuncMap();
        StringFunctions.register(f);
        ListFunctions.register(f);
        DictFunctions.register(f);
        MathFunctions.register(f, random);
        DefaultFunctions.register(f);
        ReflectFunctions.register(f);
        PathFunctions.register(f);
        EncodingFunctions.register(f);
        RegexFunctions.register(f);
        DateFunctions.register(f, clock, env);
        SemverFunctions.register(f);
        UrlFunctions.register(f);
        CryptoFunctions.register(f, clock, random, new KeyPool());
        RandomFunctions.register(f, random);
        f.put("fail", "string", new Area.Named("fail", (name, a) -> {
            throw new IllegalStateException(Args.str(a[0]));
        }));
        return f;
    }
}
