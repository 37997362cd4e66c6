package io.helm4j.internal.engine.funcs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Certificates and keys made by the real Helm 4.3.2 (Sprig over Go's x509), rebuilt by {@link Certificates} from
 * the same inputs (Go's keys, serials and times): the DER must be the same bytes (RSA PKCS#1 v1.5 signatures are
 * deterministic), and Go's private keys written back by {@link PemKeys} the same text. Skipped without Helm 4.3.2
 * ({@code $HELM4_BIN}, else {@code ~/.cache/helm4/v4.3.2/helm}).
 */
class CertificatesDifferentialTest {
    private static final String TEMPLATE = """
            {{- $ca := genCA "my-ca" 365 }}
            {{- $signed := genSignedCert "svc.example" (list "10.0.0.1" "::1") (list "svc.local" "svc") 30 $ca }}
            {{- $anonymous := genSelfSignedCert "" (list "127.0.0.1") (list "x.example") 5 }}
            {{- $wildcard := genSelfSignedCert "*.wild.example" nil nil 1 }}
            {{- $far := genCA "far" 36500 }}
            ca: {{ $ca.Cert | b64enc }}
            caKey: {{ $ca.Key | b64enc }}
            signed: {{ $signed.Cert | b64enc }}
            signedKey: {{ $signed.Key | b64enc }}
            anonymous: {{ $anonymous.Cert | b64enc }}
            anonymousKey: {{ $anonymous.Key | b64enc }}
            wildcard: {{ $wildcard.Cert | b64enc }}
            wildcardKey: {{ $wildcard.Key | b64enc }}
            far: {{ $far.Cert | b64enc }}
            farKey: {{ $far.Key | b64enc }}
            ec: {{ genPrivateKey "ecdsa" | b64enc }}
            """;

    private static Path helm4() {
        return Path.of(System.getenv().getOrDefault("HELM4_BIN",
                System.getProperty("user.home") + "/.cache/helm4/v4.3.2/helm"));
    }

    @Test
    void certificatesAndKeysAreGoBytes(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isExecutable(helm4()), "skipped: Helm 4.3.2 is not installed at " + helm4());
        Map<String, String> go = renderWithHelm(tmp);
        Certificates certs = new Certificates(Clock.systemUTC(), new SecureRandom(), new KeyPool());

        KeyPair caKey = PemKeys.parse(go.get("caKey"));
        assertThat(PemKeys.encodePrivate(caKey)).isEqualTo(go.get("caKey"));
        byte[] ca = der(go.get("ca"));
        assertThat(rebuild(certs, ca, "my-ca", null, null, 365, true, caKey, null, caKey)).isEqualTo(ca);

        KeyPair signedKey = PemKeys.parse(go.get("signedKey"));
        byte[] signed = der(go.get("signed"));
        assertThat(rebuild(certs, signed, "svc.example", List.of("10.0.0.1", "::1"), List.of("svc.local", "svc"), 30,
                false, signedKey, Certificates.Parent.of(ca), caKey)).isEqualTo(signed);

        KeyPair anonymousKey = PemKeys.parse(go.get("anonymousKey"));
        byte[] anonymous = der(go.get("anonymous"));
        assertThat(rebuild(certs, anonymous, "", List.of("127.0.0.1"), List.of("x.example"), 5, false, anonymousKey,
                null, anonymousKey)).isEqualTo(anonymous);

        KeyPair wildcardKey = PemKeys.parse(go.get("wildcardKey"));
        byte[] wildcard = der(go.get("wildcard"));
        assertThat(rebuild(certs, wildcard, "*.wild.example", null, null, 1, false, wildcardKey, null, wildcardKey))
                .isEqualTo(wildcard);

        KeyPair farKey = PemKeys.parse(go.get("farKey"));
        byte[] far = der(go.get("far"));
        assertThat(rebuild(certs, far, "far", null, null, 36500, true, farKey, null, farKey)).isEqualTo(far);

        assertThat(PemKeys.encodePrivate(PemKeys.parse(go.get("ec")))).isEqualTo(go.get("ec"));
    }

    /** Go's certificate made again from its serial, its notBefore and Go's keys. */
    private static byte[] rebuild(Certificates certs, byte[] goDer, String cn, List<String> ips, List<String> dns,
            int days, boolean isCa, KeyPair subject, Certificates.Parent parent, KeyPair signer) throws Exception {
        // read with Der: the JDK's parser rejects the empty issuer Go writes for an empty common name
        List<Der.Element> tbs = Der.read(goDer).children().get(0).children();
        List<Der.Element> validity = tbs.get(4).children();
        Instant notBefore = time(validity.get(0));
        // Go reads the clock twice (NotBefore, then NotAfter = now + days): skip a run that crossed a second
        assumeTrue(Duration.between(notBefore, time(validity.get(1))).equals(Duration.ofDays(days)),
                "Go's two clock readings fell in different seconds");
        return certs.create(cn, ips, dns, days, isCa, subject, parent, signer.getPrivate(), tbs.get(1).integer(),
                notBefore);
    }

    private static Instant time(Der.Element e) {
        String t = new String(e.contents(), StandardCharsets.US_ASCII);
        String full = e.tag() == 0x17 ? (t.compareTo("50") >= 0 ? "19" : "20") + t : t;
        return java.time.LocalDateTime.parse(full.substring(0, 14),
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")).toInstant(ZoneOffset.UTC);
    }

    private static byte[] der(String pem) {
        return PemKeys.decode(pem).der();
    }

    private static Map<String, String> renderWithHelm(Path tmp) throws Exception {
        Path chart = tmp.resolve("certs");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: certs\nversion: 0.1.0\n");
        Files.writeString(chart.resolve("templates/certs.yaml"), TEMPLATE);
        ProcessBuilder pb = new ProcessBuilder(helm4().toString(), "template", "r", chart.toString());
        pb.environment().put("HOME", tmp.toString());
        Path out = tmp.resolve("out");
        pb.redirectOutput(out.toFile()).redirectError(tmp.resolve("err").toFile());
        assertThat(pb.start().waitFor()).as(Files.exists(tmp.resolve("err"))
                ? Files.readString(tmp.resolve("err")) : "").isZero();
        Map<String, String> values = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^(\\w+): (\\S+)$").matcher(Files.readString(out, StandardCharsets.UTF_8));
        while (m.find()) {
            values.put(m.group(1), new String(Base64.getDecoder().decode(m.group(2)), StandardCharsets.UTF_8));
        }
        return values;
    }
}
