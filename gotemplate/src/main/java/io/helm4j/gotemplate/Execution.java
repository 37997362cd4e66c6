package io.helm4j.gotemplate;

/**
 * What one top-level execution shares with the executions that functions start inside it (Helm's
 * {@code include} and {@code tpl}): how deeply they nest. An {@link ExecutingFunction} receives the
 * execution that called it and passes it on to {@link Template#execute(Execution, Object, StringBuilder)},
 * so the nesting travels with the call instead of living in a thread-local.
 *
 * <p>Made by {@link Template#execute(Object, StringBuilder)}; confined to the thread that runs it.
 */
public final class Execution {
    /** Executions of this chain in progress (an execution inside a function call nests in its caller's). */
    private int nesting;

    Execution() {
    }

    int enter() {
        return ++nesting;
    }

    void leave() {
        nesting--;
    }

    int nesting() {
        return nesting;
    }
}
