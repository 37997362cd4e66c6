package io.helm4j.gotemplate;

import java.util.HashMap;
import java.util.Map;

/**
 * Named functions for templates, with the arity Go checks before calling ("wrong number of args
 * for NAME: want N got M"). Builtins ({@code and}, {@code printf}, ...) are not in here; a
 * function added under a builtin's name overrides it, as in Go.
 */
public final class FuncMap {
    /** One function with its arity: exactly {@code minArgs}, or at least that many when variadic. */
    public record Entry(String name, int minArgs, boolean variadic, TemplateFunction function) {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    /** Adds a function taking exactly {@code arity} arguments. */
    public FuncMap put(String name, int arity, TemplateFunction function) {
        entries.put(name, new Entry(name, arity, false, function));
        return this;
    }

    /** Adds a function taking {@code minArgs} or more arguments. */
    public FuncMap putVariadic(String name, int minArgs, TemplateFunction function) {
        entries.put(name, new Entry(name, minArgs, true, function));
        return this;
    }

    /** Adds every entry of {@code other}, replacing same-named ones. */
    public FuncMap putAll(FuncMap other) {
        entries.putAll(other.entries);
        return this;
    }

    public Entry get(String name) {
        return entries.get(name);
    }

    public boolean contains(String name) {
        return entries.containsKey(name);
    }

    public Map<String, Entry> asMap() {
        return Map.copyOf(entries);
    }
}
