package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.FuncMap;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;

/** Calls Sprig functions directly in tests, with a fixed clock (2024-06-01T12:00:00Z, UTC) and seed. */
final class Sprig {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneId.of("UTC"));

    private final FuncMap funcs;

    Sprig() {
        this(new SplittableRandom(7));
    }

    Sprig(java.util.random.RandomGenerator random) {
        funcs = SprigFunctions.create(CLOCK, random);
    }

    Object call(String name, Object... args) {
        FuncMap.Entry e = funcs.get(name);
        if (e == null) {
            throw new AssertionError("no function " + name);
        }
        return e.function().call(null, args);
    }

    String str(String name, Object... args) {
        return (String) call(name, args);
    }
}
