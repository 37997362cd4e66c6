package io.helm4j.gotemplate;

import java.util.HashMap;
import java.util.Map;

/**
 * Named functions for templates, each with the {@link Signature} Go checks before calling: the arity
 * ("wrong number of args for NAME: want N got M") and, for typed parameters, each argument's type.
 * Builtins ({@code and}, {@code printf}, ...) are not in here; a function added under a builtin's name
 * overrides it, as in Go.
 */
public final class FuncMap {
    /** One function with its signature. */
    public record Entry(String name, Signature signature, ExecutingFunction function) {
        /** The number of parameters before the variadic one (all of them when not variadic). */
        public int minArgs() {
            return signature.fixedParams();
        }

        public boolean variadic() {
            return signature.variadic();
        }
    }

    private final Map<String, Entry> entries = new HashMap<>();

    /** Adds a function taking exactly {@code arity} arguments of any type ({@code interface {}}). */
    public FuncMap put(String name, int arity, TemplateFunction function) {
        return add(name, Signature.untyped(arity, false), function);
    }

    /** Adds a function taking {@code minArgs} or more arguments of any type. */
    public FuncMap putVariadic(String name, int minArgs, TemplateFunction function) {
        return add(name, Signature.untyped(minArgs, true), function);
    }

    /**
     * Adds a function with typed parameters, written as Go writes them without names ({@code "int, string"},
     * {@code "string, ...interface {}"}): see {@link Signature}.
     */
    public FuncMap put(String name, String params, TemplateFunction function) {
        return add(name, Signature.parse(params), function);
    }

    /** Adds a function that is told which execution called it (see {@link ExecutingFunction}). */
    public FuncMap putExecuting(String name, String params, ExecutingFunction function) {
        entries.put(name, new Entry(name, Signature.parse(params), function));
        return this;
    }

    private FuncMap add(String name, Signature signature, TemplateFunction function) {
        entries.put(name, new Entry(name, signature, (caller, args) -> function.call(args)));
        return this;
    }

    /** Adds every entry of {@code other}, replacing same-named ones. */
    public FuncMap putAll(FuncMap other) {
        entries.putAll(other.entries);
        return this;
    }

    /** Removes the function {@code name}, if present. */
    public FuncMap remove(String name) {
        entries.remove(name);
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
