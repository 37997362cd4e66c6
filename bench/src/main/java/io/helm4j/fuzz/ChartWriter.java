package io.helm4j.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a case as a tiny chart: Chart.yaml, one of the {@link #VALUES} variants, three files (text,
 * unicode, 64 random bytes) and {@code templates/t.yaml}. The template renders the case's body through
 * {@code include} and prints it base64-encoded, so any bytes (and any YAML) survive Helm's manifest parsing.
 */
final class ChartWriter {
    static final List<String> VALUES = List.of("""
        str: hello
        uni: "héllo 日本 🎉"
        num: "007"
        empty: ""
        int: 1
        float: 1.5
        big: 12345678901234567890
        huge: 1.7976931348623157e308
        bool: true
        nil: null
        list: [a, b, c]
        emptyList: []
        mixed: [1, "a", null, {k: v}, [x], 2.5, true]
        map: {a: 1, b: x, c: [1, 2]}
        emptyMap: {}
        nested: {a: {b: {c: {d: {e: {f: {g: [1, {h: deep}]}}}}}}}
        keys: {"": empty, "a.b": 1, "日本": x, "01": y, "Name": N}
        deep: [[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]
        """, """
        str: [not, a, string]
        uni: 5
        num: 1e3
        empty: {}
        int: -0
        float: .inf
        big: -9223372036854775809
        huge: 0x1F
        bool: "false"
        nil: ~
        list: {a: 1}
        emptyList: ""
        mixed: []
        map: [1, 2]
        emptyMap: null
        nested: "x"
        keys: {}
        deep: {a: {a: {a: {a: {a: {a: {a: {a: 1}}}}}}}}
        """, """
        str: "multi\\nline\\ttext"
        uni: "\\u0000\\u00ff\\U0001F600"
        num: 2.50
        empty: null
        int: 9007199254740993
        float: 1e-7
        big: 1e21
        huge: -1.0e+300
        bool: no
        list: [3, 1, 2, 1]
        emptyList: [null]
        mixed: [{a: 1}, {a: 2}]
        map: {"z": 1, "a": 2, "m": {}}
        nested: {a: null}
        keys: {"true": 1, "1": 2, "null": 3}
        deep: [[], [[]], {}]
        """);

    private static final byte[] BINARY = binary();

    private ChartWriter() { }

    static String template(FuzzCase c) {
        return "{{- define \"e\" }}" + c.body() + "{{ end -}}\nr: {{ include \"e\" . | b64enc | quote }}\n";
    }

    static void write(FuzzCase c, Path dir) {
        try {
            Files.createDirectories(dir.resolve("templates"));
            Files.createDirectories(dir.resolve("files"));
            Files.writeString(dir.resolve("Chart.yaml"),
                "apiVersion: v2\nname: fz\nversion: 0.1.0\nappVersion: \"1.0\"\ndescription: fuzz case " + c.id() + "\n");
            Files.writeString(dir.resolve("values.yaml"), VALUES.get(c.values()));
            Files.writeString(dir.resolve("files/a.txt"), "hello\nworld\n");
            Files.writeString(dir.resolve("files/u.txt"), "ünïcödé ☃ 日本\n");
            Files.write(dir.resolve("files/bin.dat"), BINARY);
            Files.write(dir.resolve("templates/t.yaml"), template(c).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] binary() {
        byte[] b = new byte[64];
        SplittableRandom r = new SplittableRandom(64);
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) r.nextInt(256);
        }
        return b;
    }
}
