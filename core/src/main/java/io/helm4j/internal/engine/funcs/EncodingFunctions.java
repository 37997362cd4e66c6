package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.FuncMap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.Adler32;

import static io.helm4j.internal.engine.funcs.Args.str;

/** Base64/base32 and the checksum functions. Decoding errors are returned as the result text, as Sprig does. */
final class EncodingFunctions implements Area {
    private EncodingFunctions() {
    }

    static void register(FuncMap f) {
        Area area = new EncodingFunctions();
        f.put("b64enc", "string", new Area.Named("b64enc", area));
        f.put("b64dec", "string", new Area.Named("b64dec", area));
        f.put("b32enc", "string", new Area.Named("b32enc", area));
        f.put("b32dec", "string", new Area.Named("b32dec", area));
        f.put("sha1sum", "string", new Area.Named("sha1sum", area));
        f.put("sha256sum", "string", new Area.Named("sha256sum", area));
        f.put("sha512sum", "string", new Area.Named("sha512sum", area));
        f.put("adler32sum", "string", new Area.Named("adler32sum", area));
    }

    static String digest(String algorithm, String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(GoText.utf8(s)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String b64dec(String s) {
        try {
            return io.helm4j.gostd.GoStrings.string(GoBase.base64Decode(GoText.utf8(s)));
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Override
    public Object call(String name, Object[] a) {
        switch (name) {
            case "b64enc" -> {
                return Base64.getEncoder().encodeToString(GoText.utf8(str(a[0])));
            }
            case "b64dec" -> {
                return b64dec(str(a[0]));
            }
            case "b32enc" -> {
                return GoBase.base32Encode(GoText.utf8(str(a[0])));
            }
            case "b32dec" -> {
                try {
                    return io.helm4j.gostd.GoStrings.string(GoBase.base32Decode(GoText.utf8(str(a[0]))));
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            }
            case "sha1sum" -> {
                return digest("SHA-1", str(a[0]));
            }
            case "sha256sum" -> {
                return digest("SHA-256", str(a[0]));
            }
            case "sha512sum" -> {
                return digest("SHA-512", str(a[0]));
            }
            case "adler32sum" -> {
                Adler32 ad = new Adler32();
                ad.update(GoText.utf8(str(a[0])));
                return Long.toString(ad.getValue());
            }
            default -> throw new IllegalArgumentException(name);
        }
    }
}
