package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.FuncMap;

import java.util.Base64;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

import static io.helm4j.internal.engine.funcs.Args.integer;
import static io.helm4j.internal.engine.funcs.Args.str;

/** Random strings, bytes, shuffle and uuidv4 from an injected generator. */
final class RandomFunctions implements Area {
    private static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";

    private final RandomGenerator random;

    private RandomFunctions(RandomGenerator random) {
        this.random = random;
    }

    static void register(FuncMap f, RandomGenerator random) {
        Area area = new RandomFunctions(random);
        f.put("randAlphaNum", "int", new Area.Named("randAlphaNum", area));
        f.put("randAlpha", "int", new Area.Named("randAlpha", area));
        f.put("randNumeric", "int", new Area.Named("randNumeric", area));
        f.put("randAscii", "int", new Area.Named("randAscii", area));
        f.put("randBytes", "int", new Area.Named("randBytes", area));
        f.put("uuidv4", "", new Area.Named("uuidv4", area));
        f.put("shuffle", "string", new Area.Named("shuffle", area));
    }

    static byte[] bytes(RandomGenerator random, int n) {
        if (n < 0) {
            throw new IllegalStateException("runtime error: makeslice: len out of range");
        }
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static String pick(RandomGenerator random, int n, String chars) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(chars.charAt(random.nextInt(chars.length())));
        }
        return sb.toString();
    }

    static String uuid(RandomGenerator random) {
        byte[] b = bytes(random, 16);
        b[6] = (byte) (b[6] & 0x0f | 0x40);
        b[8] = (byte) (b[8] & 0x3f | 0x80);
        String h = HexFormat.of().formatHex(b);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
                + "-" + h.substring(20);
    }

    @Override
    public Object call(String name, Object[] a) {
        switch (name) {
            case "randAlphaNum" -> {
                return pick(random, integer(a[0]), ALPHA + DIGITS);
            }
            case "randAlpha" -> {
                return pick(random, integer(a[0]), ALPHA);
            }
            case "randNumeric" -> {
                return pick(random, integer(a[0]), DIGITS);
            }
            case "randAscii" -> {
                int n = integer(a[0]);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    sb.append((char) (32 + random.nextInt(127 - 32)));
                }
                return sb.toString();
            }
            case "randBytes" -> {
                return Base64.getEncoder().encodeToString(bytes(random, integer(a[0])));
            }
            case "uuidv4" -> {
                return uuid(random);
            }
            case "shuffle" -> {
                int[] r = io.helm4j.gostd.GoStrings.replaceBytes(str(a[0])).codePoints().toArray();
                for (int i = r.length - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int t = r[i];
                    r[i] = r[j];
                    r[j] = t;
                }
                return new String(r, 0, r.length);
            }
            default -> throw new IllegalArgumentException(name);
        }
    }
}
