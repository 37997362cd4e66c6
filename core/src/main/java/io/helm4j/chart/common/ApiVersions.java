package io.helm4j.chart.common;

import io.helm4j.gotemplate.GoObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code .Capabilities.APIVersions}: a list of "group/version" (and "group/version/Kind") strings
 * with a {@code Has} method, as Helm's {@code VersionSet}.
 */
public final class ApiVersions extends AbstractList<String> implements GoObject {
    private static final List<String> DEFAULTS = loadDefaults();

    private final List<String> versions;

    public ApiVersions(List<String> versions) {
        this.versions = List.copyOf(versions);
    }

    /** The versions Helm knows without a cluster, plus {@code extra} (from {@code --api-versions}). */
    public static ApiVersions defaultsPlus(List<String> extra) {
        List<String> all = new ArrayList<>(DEFAULTS);
        all.addAll(extra);
        return new ApiVersions(all);
    }

    private static List<String> loadDefaults() {
        try (InputStream in = ApiVersions.class.getResourceAsStream("default-api-versions.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean has(String apiVersion) {
        return versions.contains(apiVersion);
    }

    @Override
    public String get(int index) {
        return versions.get(index);
    }

    @Override
    public int size() {
        return versions.size();
    }

    @Override
    public String goTypeName() {
        return "common.VersionSet";
    }

    /** copystructure keeps the named slice type common.VersionSet. */
    @Override
    public Object copyStructure(java.util.function.UnaryOperator<Object> deepCopy) {
        return new ApiVersions(versions);
    }

    @Override
    public boolean hasMethod(String name) {
        return name.equals("Has");
    }

    /** {@code VersionSet.Has(string) bool}: the executor checks the argument as Go's evalCall does. */
    @Override
    public String methodParams(String name) {
        return "string";
    }

    @Override
    public Object callMethod(String name, List<Object> args) {
        if (args.size() != 1) {
            throw new io.helm4j.gotemplate.FunctionArgumentException(
                    "wrong number of args for Has: want 1 got " + args.size());
        }
        return args.get(0) instanceof String s && has(s);
    }

    @Override
    public String formatValue() {
        return "[" + String.join(" ", versions) + "]";
    }
}
