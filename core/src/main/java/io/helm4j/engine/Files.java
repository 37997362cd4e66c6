package io.helm4j.engine;

import io.helm4j.chart.ChartFile;
import io.helm4j.gotemplate.FunctionArgumentException;
import io.helm4j.gotemplate.GoObject;
import io.helm4j.gostd.Paths;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code .Files}: a chart's non-template files by path, with Helm's accessor methods
 * ({@code Get}, {@code GetBytes}, {@code Glob}, {@code Lines}, {@code AsConfig}, {@code AsSecrets}).
 * It is also a map, so templates may range over it or index it as Helm's {@code files} map type.
 */
public final class Files extends AbstractMap<String, byte[]> implements GoObject {
    private final TreeMap<String, byte[]> files;

    private Files(TreeMap<String, byte[]> files) {
        this.files = files;
    }

    public static Files of(List<ChartFile> chartFiles) {
        TreeMap<String, byte[]> m = new TreeMap<>();
        if (chartFiles != null) {
            chartFiles.forEach(f -> m.put(f.name(), f.data()));
        }
        return new Files(m);
    }

    @Override
    public Set<Entry<String, byte[]>> entrySet() {
        return files.entrySet();
    }

    @Override
    public byte[] get(Object key) {
        return files.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return files.containsKey(key);
    }

    public byte[] getBytes(String name) {
        byte[] b = files.get(name);
        return b == null ? new byte[0] : b;
    }

    public String getString(String name) {
        return io.helm4j.gostd.GoStrings.string(getBytes(name));
    }

    public Files glob(String pattern) {
        Glob g = Glob.compileOrAll(pattern);
        TreeMap<String, byte[]> m = new TreeMap<>();
        files.forEach((k, v) -> {
            if (g.matches(k)) {
                m.put(k, v);
            }
        });
        return new Files(m);
    }

    public List<Object> lines(String name) {
        byte[] b = files.get(name);
        if (b == null || b.length == 0) {
            // Helm 4.3 returns an empty []string for an empty file too (3.21 panicked)
            return io.helm4j.internal.engine.funcs.SprigFunctions.stringSlice(List.of());
        }
        String s = io.helm4j.gostd.GoStrings.string(b);
        if (s.charAt(s.length() - 1) == '\n') {
            s = s.substring(0, s.length() - 1);
        }
        return io.helm4j.internal.engine.funcs.SprigFunctions.stringSlice(Arrays.asList(s.split("\n", -1)));
    }

    public String asConfig() {
        Map<String, Object> m = new TreeMap<>();
        files.forEach((k, v) -> m.put(Paths.base(k), io.helm4j.gostd.GoStrings.string(v)));
        return HelmFunctions.toYaml(m);
    }

    public String asSecrets() {
        Map<String, Object> m = new TreeMap<>();
        files.forEach((k, v) -> m.put(Paths.base(k), Base64.getEncoder().encodeToString(v)));
        return HelmFunctions.toYaml(m);
    }

    @Override
    public String goTypeName() {
        return "engine.files";
    }

    /**
     * A name with no file reads as the element type's zero, a nil {@code []byte} (Helm renders with
     * {@code missingkey=zero}: {@code .Files.nope} prints "[]" and has type []uint8).
     */
    @Override
    public Object zeroElement() {
        return new byte[0];
    }

    /** copystructure keeps the named map type: a deepCopy is an {@code engine.files} with copied contents. */
    @Override
    public Object copyStructure(java.util.function.UnaryOperator<Object> deepCopy) {
        TreeMap<String, byte[]> m = new TreeMap<>();
        files.forEach((k, v) -> m.put(k, v.clone()));
        return new Files(m);
    }

    @Override
    public boolean hasMethod(String name) {
        return switch (name) {
            case "Get", "GetBytes", "Glob", "Lines", "AsConfig", "AsSecrets" -> true;
            default -> false;
        };
    }

    @Override
    public String methodParams(String name) {
        return name.startsWith("As") ? "" : "string";
    }

    @Override
    public Object callMethod(String name, List<Object> args) {
        int want = name.startsWith("As") ? 0 : 1;
        if (args.size() != want) {
            throw new FunctionArgumentException(
                    "wrong number of args for " + name + ": want " + want + " got " + args.size());
        }
        return switch (name) {
            case "Get" -> getString(str(args.get(0)));
            case "GetBytes" -> getBytes(str(args.get(0)));
            case "Glob" -> glob(str(args.get(0)));
            case "Lines" -> lines(str(args.get(0)));
            case "AsConfig" -> asConfig();
            case "AsSecrets" -> asSecrets();
            default -> throw new FunctionArgumentException("can't evaluate method " + name);
        };
    }

    private static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        throw new FunctionArgumentException("wrong type for value; expected string; got " + HelmFunctions.typeName(o));
    }
}
