package io.helm4j.engine.funcs;

import io.helm4j.gotemplate.FuncMap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.Adler32;

import static io.helm4j.engine.funcs.Args.str;

/** Base64/base32 and the checksum functions. Decoding errors are returned as the result text, as Sprig does. */
final class EncodingFunctions {
    private EncodingFunctions() {
    }

    static void register(FuncMap f) {
        f.put("b64enc", 1, a -> Base64.getEncoder().encodeToString(GoText.utf8(str(a[0]))));
        f.put("b64dec", 1, a -> b64dec(str(a[0])));
        f.put("b32enc", 1, a -> GoBase.base32Encode(GoText.utf8(str(a[0]))));
        f.put("b32dec", 1, a -> {
            try {
                return new String(GoBase.base32Decode(GoText.utf8(str(a[0]))), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
        f.put("sha1sum", 1, a -> digest("SHA-1", str(a[0])));
        f.put("sha256sum", 1, a -> digest("SHA-256", str(a[0])));
        f.put("adler32sum", 1, a -> {
            Adler32 ad = new Adler32();
            ad.update(GoText.utf8(str(a[0])));
            return Long.toString(ad.getValue());
        });
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
            return new String(GoBase.base64Decode(GoText.utf8(s)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
