package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.FuncMap;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.bouncycastle.crypto.generators.SCrypt;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.helm4j.internal.engine.funcs.Args.integer;
import static io.helm4j.internal.engine.funcs.Args.str;

/** Sprig's crypto.go: bcrypt, htpasswd, derivePassword, keys, certificates, AES. */
final class CryptoFunctions implements Area {
    private static final String SEED = "com.lyndir.masterpassword";
    private static final Map<String, List<String>> TEMPLATES = Map.of(
            "maximum", List.of("anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"),
            "long", List.of("CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv",
                "CvccCvcvnoCvcv", "CvccCvcvCvcvno", "CvcvnoCvccCvcv", "CvcvCvccnoCvcv", "CvcvCvccCvcvno",
                "CvcvnoCvcvCvcc", "CvcvCvcvnoCvcc", "CvcvCvcvCvccno", "CvccnoCvccCvcv", "CvccCvccnoCvcv",
                "CvccCvccCvcvno", "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno", "CvccnoCvcvCvcc",
                "CvccCvcvnoCvcc", "CvccCvcvCvccno"),
            "medium", List.of("CvcnoCvc", "CvcCvcno"),
            "short", List.of("Cvcn"),
            "basic", List.of("aaanaaan", "aannaaan", "aaannaaa"),
            "pin", List.of("nnnn"));
    private static final Map<Character, String> CHARS = Map.of(
            'V', "AEIOU",
            'C', "BCDFGHJKLMNPQRSTVWXYZ",
            'v', "aeiou",
            'c', "bcdfghjklmnpqrstvwxyz",
            'A', "AEIOUBCDFGHJKLMNPQRSTVWXYZ",
            'a', "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz",
            'n', "0123456789",
            'o', "@&%?,=[]_:-+*$#!'^~;()/.",
            'x', "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()");

    private final Clock clock;
    private final java.util.random.RandomGenerator generator;
    private final KeyPool keys;
    private SecureRandom random;
    private Certificates certs;

    private CryptoFunctions(Clock clock, java.util.random.RandomGenerator generator, KeyPool keys) {
        this.clock = clock;
        this.generator = generator;
        this.keys = keys;
    }

    /** The random source of keys, salts and IVs, made on first use: a new SecureRandom costs milliseconds cold. */
    private synchronized SecureRandom random() {
        if (random == null) {
            random = Entropy.secure(generator);
        }
        return random;
    }

    /** Created on first use: loading BouncyCastle costs seconds, most renders never need it. */
    private synchronized Certificates certs() {
        if (certs == null) {
            certs = new Certificates(clock, random(), keys);
        }
        return certs;
    }

    static void register(FuncMap f, Clock clock, java.util.random.RandomGenerator generator, KeyPool keys) {
        CryptoFunctions c = new CryptoFunctions(clock, generator, keys);
        Area area = c;
        f.put("bcrypt", "string", new Area.Named("bcrypt", area));
        f.put("htpasswd", "string, string", new Area.Named("htpasswd", area));
        f.put("derivePassword", "uint32, string, string, string, string", new Area.Named("derivePassword", area));
        f.put("genPrivateKey", "string", new Area.Named("genPrivateKey", area));
        f.put("encryptAES", "string, string", new Area.Named("encryptAES", area));
        f.put("decryptAES", "string, string", new Area.Named("decryptAES", area));
        f.put("buildCustomCert", "string, string", new Area.Named("buildCustomCert", area));
        f.put("genCA", "string, int", new Area.Named("genCA", area));
        f.put("genCAWithKey", "string, int, string", new Area.Named("genCAWithKey", area));
        f.put("genSelfSignedCert", "string, []interface {}, []interface {}, int", new Area.Named("genSelfSignedCert", area));
        f.put("genSelfSignedCertWithKey", "string, []interface {}, []interface {}, int, string", new Area.Named("genSelfSignedCertWithKey", area));
        f.put("genSignedCert", "string, []interface {}, []interface {}, int, sprig.certificate", new Area.Named("genSignedCert", area));
        f.put("genSignedCertWithKey", "string, []interface {}, []interface {}, int, sprig.certificate, string", new Area.Named("genSignedCertWithKey", area));
    }

    private static Certificates.Certificate ca(Object v) {
        if (v instanceof Certificates.Certificate cert) {
            return cert;
        }
        throw Args.wrong("sprig.certificate", v);
    }

    private static long counter(Object v) {
        long n = Args.int64(v);
        if (n < 0 || n > 0xffffffffL) {
            throw Args.wrong("uint32", v);
        }
        return n;
    }

    private static KeyPair parseKey(String pem) {
        try {
            return PemKeys.parse(pem);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("parsing private key: " + e.getMessage());
        }
    }

    private String bcrypt(String input) {
        byte[] pw = GoText.utf8(input);
        if (pw.length > 72) {
            return "failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes";
        }
        byte[] salt = new byte[16];
        random().nextBytes(salt);
        return OpenBSDBCrypt.generate("2a", pw, salt, 10);
    }

    private String privateKey(String type) {
        KeyPair pair = switch (type) {
            case "", "rsa" -> certs().generate("RSA", null, 4096);
            case "dsa" -> certs().generate("DSA", null, 2048);
            case "ecdsa" -> certs().generate("EC", new ECGenParameterSpec("secp256r1"), 0);
            case "ed25519" -> certs().generate("Ed25519", null, 0);
            default -> null;
        };
        if (pair == null) {
            return "Unknown type " + type;
        }
        return PemKeys.encodePrivate(pair);
    }

    static String derivePassword(long counter, String type, String password, String user, String site) {
        List<String> templates = TEMPLATES.get(type);
        if (templates == null) {
            return "cannot find password template " + type;
        }
        ByteArrayOutputStream salt = new ByteArrayOutputStream();
        salt.writeBytes(GoText.utf8(SEED));
        byte[] userBytes = GoText.utf8(user);
        salt.writeBytes(ByteBuffer.allocate(4).putInt(userBytes.length).array());
        salt.writeBytes(userBytes);
        byte[] key = SCrypt.generate(GoText.utf8(password), salt.toByteArray(), 32768, 8, 2, 64);
        ByteArrayOutputStream msg = new ByteArrayOutputStream();
        msg.writeBytes(GoText.utf8(SEED));
        byte[] siteBytes = GoText.utf8(site);
        msg.writeBytes(ByteBuffer.allocate(4).putInt(siteBytes.length).array());
        msg.writeBytes(siteBytes);
        msg.writeBytes(ByteBuffer.allocate(4).putInt((int) counter).array());
        byte[] seed;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            seed = mac.doFinal(msg.toByteArray());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        String temp = templates.get((seed[0] & 0xff) % templates.size());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < temp.length(); i++) {
            String chars = CHARS.get(temp.charAt(i));
            out.append(chars.charAt((seed[i + 1] & 0xff) % chars.length()));
        }
        return out.toString();
    }

    private static byte[] aesKey(String password) {
        return Arrays.copyOf(GoText.utf8(password), 32);
    }

    private String encrypt(String password, String plaintext) {
        if (plaintext.isEmpty()) {
            return "";
        }
        byte[] content = GoText.utf8(plaintext);
        int padding = 16 - content.length % 16;
        byte[] padded = Arrays.copyOf(content, content.length + padding);
        Arrays.fill(padded, content.length, padded.length, (byte) padding);
        byte[] iv = new byte[16];
        random().nextBytes(iv);
        try {
            Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey(password), "AES"), new IvParameterSpec(iv));
            byte[] enc = c.doFinal(padded);
            byte[] out = new byte[16 + enc.length];
            System.arraycopy(iv, 0, out, 0, 16);
            System.arraycopy(enc, 0, out, 16, enc.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decrypt(String password, String crypt64) {
        if (crypt64.isEmpty()) {
            return "";
        }
        byte[] crypt = GoBase.base64Decode(GoText.utf8(crypt64));
        if (crypt.length < 16) {
            throw new IllegalStateException("runtime error: slice bounds out of range [:16] with capacity "
                    + crypt.length);
        }
        if ((crypt.length - 16) % 16 != 0) {
            throw new IllegalStateException("crypto/cipher: input not full blocks");
        }
        if (crypt.length == 16) {
            throw new IllegalStateException("runtime error: index out of range [-1]");
        }
        try {
            Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey(password), "AES"),
                    new IvParameterSpec(Arrays.copyOf(crypt, 16)));
            byte[] dec = c.doFinal(crypt, 16, crypt.length - 16);
            int pad = dec[dec.length - 1] & 0xff;
            int end = dec.length - pad;
            if (end < 0) {
                throw new IllegalStateException(
                        "runtime error: slice bounds out of range [:" + end + "]");
            }
            return io.helm4j.gostd.GoStrings.string(dec, 0, end);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Object call(String name, Object[] a) {
        switch (name) {
            case "bcrypt" -> {
                return bcrypt(str(a[0]));
            }
            case "htpasswd" -> {
                String user = str(a[0]);
                String password = str(a[1]);
                if (user.contains(":")) {
                    return "invalid username: " + user;
                }
                return user + ":" + bcrypt(password);
            }
            case "derivePassword" -> {
                return derivePassword(counter(a[0]), str(a[1]), str(a[2]), str(a[3]), str(a[4]));
            }
            case "genPrivateKey" -> {
                return privateKey(str(a[0]));
            }
            case "encryptAES" -> {
                return encrypt(str(a[0]), str(a[1]));
            }
            case "decryptAES" -> {
                return decrypt(str(a[0]), str(a[1]));
            }
            case "buildCustomCert" -> {
                return certs().custom(str(a[0]), str(a[1]));
            }
            case "genCA" -> {
                String cn = str(a[0]);
                int days = integer(a[1]);
                return certs().ca(cn, days, certs().rsa(2048));
            }
            case "genCAWithKey" -> {
                String cn = str(a[0]);
                int days = integer(a[1]);
                return certs().ca(cn, days, parseKey(str(a[2])));
            }
            case "genSelfSignedCert" -> {
                String cn = str(a[0]);
                int days = integer(a[3]);
                return certs().selfSigned(cn, a[1], a[2], days, certs().rsa(2048));
            }
            case "genSelfSignedCertWithKey" -> {
                String cn = str(a[0]);
                int days = integer(a[3]);
                return certs().selfSigned(cn, a[1], a[2], days, parseKey(str(a[4])));
            }
            case "genSignedCert" -> {
                String cn = str(a[0]);
                int days = integer(a[3]);
                Certificates.Certificate ca = ca(a[4]);
                return certs().signed(cn, a[1], a[2], days, ca, certs().rsa(2048));
            }
            case "genSignedCertWithKey" -> {
                String cn = str(a[0]);
                int days = integer(a[3]);
                Certificates.Certificate ca = ca(a[4]);
                return certs().signed(cn, a[1], a[2], days, ca, parseKey(str(a[5])));
            }
            default -> throw new IllegalArgumentException(name);
        }
    }
}
