package io.helm4j.gotemplate;

import java.util.Arrays;

/**
 * The variable stack of one execution (Go's {@code state.vars}): names, values, and whether each value was
 * read from an interface{} slot. A template call opens a new frame so the callee sees only its own {@code $}.
 */
final class Variables {
    private String[] names = new String[16];
    private Object[] values = new Object[16];
    private boolean[] boxed = new boolean[16];
    private int count;
    private int base;

    int mark() {
        return count;
    }

    void push(String name, Object value) {
        if (count == names.length) {
            names = Arrays.copyOf(names, count * 2);
            values = Arrays.copyOf(values, count * 2);
            boxed = Arrays.copyOf(boxed, count * 2);
        }
        names[count] = name;
        values[count] = value;
        boxed[count] = false;
        count++;
    }

    void pop(int mark) {
        for (int i = mark; i < count; i++) {
            values[i] = null;
        }
        count = mark;
    }

    /** Sets the variable {@code fromTop} places below the top (1 is the top one). */
    void setTop(int fromTop, Object value, boolean isBoxed) {
        values[count - fromTop] = value;
        boxed[count - fromTop] = isBoxed;
    }

    /** Index of the innermost visible variable {@code name}, or -1. */
    int find(String name) {
        for (int i = count - 1; i >= base; i--) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    Object value(int index) {
        return values[index];
    }

    boolean boxed(int index) {
        return boxed[index];
    }

    void set(int index, Object value) {
        values[index] = value;
        boxed[index] = false;
    }

    /** Starts a template call's frame holding only {@code $}; returns what {@link #leaveFrame} needs. */
    long enterFrame(Object dot) {
        long saved = ((long) base << 32) | count;
        base = count;
        push("$", dot);
        return saved;
    }

    void leaveFrame(long saved) {
        pop((int) saved);
        base = (int) (saved >>> 32);
    }
}
