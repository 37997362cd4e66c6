package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.GoObject;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CryptoFunctionsTest {
    private final Sprig sprig = new Sprig();

    private static X509Certificate parseCert(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String field(Object cert, String name) {
        return (String) ((GoObject) cert).field(name);
    }

    @Test
    void genCaIsASelfSignedCaValidForTheGivenDays() throws Exception {
        Object ca = sprig.call("genCA", "my-ca", 10);
        assertThat(((GoObject) ca).goTypeName()).isEqualTo("sprig.certificate");
        X509Certificate c = parseCert(field(ca, "Cert"));
        assertThat(c.getSubjectX500Principal().getName()).isEqualTo("CN=my-ca");
        assertThat(c.getIssuerX500Principal()).isEqualTo(c.getSubjectX500Principal());
        assertThat(c.getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
        assertThat(c.getKeyUsage()[5]).isTrue();
        assertThat(c.getNotBefore().toInstant()).isEqualTo(Sprig.CLOCK.instant());
        assertThat(c.getNotAfter().toInstant()).isEqualTo(Sprig.CLOCK.instant().plusSeconds(10 * 86400));
        assertThat(c.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
        c.verify(c.getPublicKey());
        assertThat(field(ca, "Key")).startsWith("-----BEGIN RSA PRIVATE KEY-----\n")
                .endsWith("-----END RSA PRIVATE KEY-----\n");
        KeyPair key = PemKeys.parse(field(ca, "Key"));
        assertThat(key.getPublic()).isEqualTo(c.getPublicKey());
    }

    @Test
    void genSignedCertIsSignedByTheCaAndCarriesTheAlternativeNames() throws Exception {
        Object ca = sprig.call("genCA", "ca", 30);
        Object cert = sprig.call("genSignedCert", "svc", List.of("10.0.0.1", "::1"), List.of("svc.local", "svc"),
                365, ca);
        X509Certificate c = parseCert(field(cert, "Cert"));
        X509Certificate caCert = parseCert(field(ca, "Cert"));
        c.verify(caCert.getPublicKey());
        assertThat(c.getIssuerX500Principal()).isEqualTo(caCert.getSubjectX500Principal());
        assertThat(c.getBasicConstraints()).isEqualTo(-1);
        Collection<List<?>> sans = c.getSubjectAlternativeNames();
        List<Object> values = sans.stream().map(l -> (Object) l.get(1)).toList();
        assertThat(values).containsExactly("svc.local", "svc", "10.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(c.getExtensionValue("2.5.29.35")).isNotNull();
    }

    @Test
    void genSelfSignedCertWithKeyUsesTheGivenKey() throws Exception {
        String key = sprig.str("genPrivateKey", "ecdsa");
        assertThat(key).startsWith("-----BEGIN EC PRIVATE KEY-----\n");
        Object cert = sprig.call("genSelfSignedCertWithKey", "x", null, List.of("x.example"), 5, key);
        X509Certificate c = parseCert(field(cert, "Cert"));
        c.verify(c.getPublicKey());
        assertThat(c.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(field(cert, "Key")).isEqualTo(key);
        assertThat(PemKeys.parse(key).getPublic().getEncoded()).isEqualTo(c.getPublicKey().getEncoded());
    }

    @Test
    void genCaWithAnEd25519Key() throws Exception {
        String key = sprig.str("genPrivateKey", "ed25519");
        assertThat(key).startsWith("-----BEGIN PRIVATE KEY-----\n");
        Object ca = sprig.call("genCAWithKey", "ed", 1, key);
        X509Certificate c = parseCert(field(ca, "Cert"));
        assertThat(c.getSigAlgName()).isEqualToIgnoringCase("Ed25519");
        c.verify(c.getPublicKey());
    }

    @Test
    void genPrivateKeyRsaIs4096BitPkcs1() {
        String pem = sprig.str("genPrivateKey", "rsa");
        KeyPair k = PemKeys.parse(pem);
        assertThat(((java.security.interfaces.RSAPublicKey) k.getPublic()).getModulus().bitLength()).isEqualTo(4096);
        assertThat(pem.lines().skip(1).filter(l -> !l.startsWith("-----")).allMatch(l -> l.length() <= 64)).isTrue();
        assertThat(sprig.str("genPrivateKey", "nope")).isEqualTo("Unknown type nope");
    }

    @Test
    void dsaKeysRoundTrip() {
        String pem = sprig.str("genPrivateKey", "dsa");
        assertThat(pem).startsWith("-----BEGIN DSA PRIVATE KEY-----\n");
        assertThat(PemKeys.parse(pem).getPublic().getAlgorithm()).isEqualTo("DSA");
    }

    @Test
    void keyErrorsAreWordedAsSprigWordsThem() {
        assertThatThrownBy(() -> sprig.call("genCAWithKey", "x", 1, "garbage"))
                .hasMessage("parsing private key: no PEM data in input");
        String cert = field(sprig.call("genCA", "x", 1), "Cert");
        assertThatThrownBy(() -> sprig.call("genCAWithKey", "x", 1, cert))
                .hasMessage("parsing private key: no private key data in PEM block of type CERTIFICATE");
        assertThatThrownBy(() -> sprig.call("genSignedCert", "x", null, null, 1, "notacert"))
                .hasMessage("wrong type for value; expected sprig.certificate; got string");
    }

    @Test
    void buildCustomCertKeepsTheTexts() {
        Object ca = sprig.call("genCA", "x", 1);
        Base64.Encoder b64 = Base64.getEncoder();
        Object built = sprig.call("buildCustomCert", b64.encodeToString(field(ca, "Cert").getBytes()),
                b64.encodeToString(field(ca, "Key").getBytes()));
        assertThat(field(built, "Cert")).isEqualTo(field(ca, "Cert"));
        assertThat(field(built, "Key")).isEqualTo(field(ca, "Key"));
    }

    @Test
    void bcryptAndHtpasswdVerify() {
        String hash = sprig.str("bcrypt", "secret");
        assertThat(hash).startsWith("$2a$10$").hasSize(60);
        assertThat(OpenBSDBCrypt.checkPassword(hash, "secret".toCharArray())).isTrue();
        String line = sprig.str("htpasswd", "admin", "pw");
        assertThat(line).startsWith("admin:$2a$10$");
        assertThat(OpenBSDBCrypt.checkPassword(line.substring(6), "pw".toCharArray())).isTrue();
        assertThat(sprig.str("htpasswd", "a:b", "pw")).isEqualTo("invalid username: a:b");
    }

    @Test
    void aesRoundTripsAndDecryptsGoOutput() {
        String enc = sprig.str("encryptAES", "key", "plain text");
        assertThat(Base64.getDecoder().decode(enc)).hasSize(32);
        assertThat(sprig.str("decryptAES", "key", enc)).isEqualTo("plain text");
        assertThat(sprig.str("decryptAES", "secretkey",
                "KHifGtwsw3xYZVeMs6ba4eZnMW51E50AmGrncxNDN2caRQ17ffATm4IbmbQcZIao"))
                .isEqualTo("hello world, this is sprig");
        assertThatThrownBy(() -> sprig.call("decryptAES", "k", "!!")).hasMessage("illegal base64 data at input byte 0");
    }

    @Test
    void derivePasswordMatchesMasterPassword() {
        assertThat(sprig.str("derivePassword", 1, "long", "password", "user", "example.com"))
                .isEqualTo("ZedaFaxcZaso9*");
        assertThat(sprig.str("derivePassword", 1, "x", "p", "u", "s")).isEqualTo("cannot find password template x");
    }

    @Test
    void randomFunctionsUseTheInjectedGenerator() {
        Sprig a = new Sprig(new java.util.SplittableRandom(3));
        Sprig b = new Sprig(new java.util.SplittableRandom(3));
        assertThat(a.str("uuidv4")).isEqualTo(b.str("uuidv4")).matches(
                "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(a.str("randAlphaNum", 16)).isEqualTo(b.str("randAlphaNum", 16)).matches("[A-Za-z0-9]{16}");
        assertThat(a.str("randAscii", 50)).matches("[ -~]{50}");
        assertThat(a.str("randNumeric", 5)).matches("[0-9]{5}");
        assertThat(Base64.getDecoder().decode(a.str("randBytes", 9))).hasSize(9);
        assertThat((Integer) a.call("randInt", 5, 8)).isBetween(5, 7);
    }
}
