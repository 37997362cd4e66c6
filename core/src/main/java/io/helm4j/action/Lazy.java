package io.helm4j.action;

import java.util.function.Supplier;

/** A value made on first use, once, thread-safely; the part of an {@link ActionContext} that opens late. */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private T value;

    Lazy(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = make.get();
        }
        return value;
    }
}
