package io.helm4j.provenance;

import io.helm4j.internal.content.Sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing and verification with the committed throw-away keyring (see the README beside it), and
 * verification of {@code .prov} files that the real Helm 4.3.2 signed with the same keys.
 */
class ProvenanceTest {
    static final String RSA = "helm4j test <test@helm4j.invalid>";
    static final String ED = "helm4j ed25519 <ed@helm4j.invalid>";
    static final String RSA_FPR = "EEF33D0142659614B34C2AB46F6B8D057D684BCC";
    static final String ED_FPR = "EFF3717F938830F25E17EDF3C7E1F55CD1B2AEA9";
    static final PassphraseSource PASS = name -> "helm4j-test".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    static Path resource(String name) throws IOException {
        Path out = Files.createTempFile("prov", name.replace('/', '_'));
        try (InputStream in = ProvenanceTest.class.getResourceAsStream(name)) {
            Files.write(out, in.readAllBytes());
        }
        out.toFile().deleteOnExit();
        return out;
    }

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = ProvenanceTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void verifiesWhatHelmSignedWithAnRsaAndAnEd25519Key() throws IOException {
        Keyring ring = Keyring.load(resource("pubring.gpg"));
        Verification rsa = Provenance.verify(bytes("helm-signed/rsa/demo-0.1.0.tgz"),
                bytes("helm-signed/rsa/demo-0.1.0.tgz.prov"), "demo-0.1.0.tgz", ring);
        assertThat(rsa.report()).isEqualTo("Signed by: " + RSA + "\nUsing Key With Fingerprint: " + RSA_FPR
                + "\nChart Hash Verified: sha256:" + Sha256.hex(bytes("helm-signed/rsa/demo-0.1.0.tgz"))
                + "\n");
        Verification ed = Provenance.verify(bytes("helm-signed/ed25519/demo-0.1.0.tgz"),
                bytes("helm-signed/ed25519/demo-0.1.0.tgz.prov"), "demo-0.1.0.tgz", ring);
        assertThat(ed.signedBy()).containsExactly(ED);
        assertThat(ed.fingerprint()).isEqualTo(ED_FPR);
    }

    @Test
    void signsAMessageBlockAsHelmLaysItOutAndVerifiesIt() throws IOException {
        byte[] archive = bytes("helm-signed/rsa/demo-0.1.0.tgz");
        for (String key : List.of("helm4j test", "ed25519")) {
            Signatory s = Signatory.fromKeyring(resource("secring.gpg"), key).unlock(PASS);
            String prov = s.clearSign(archive, "demo-0.1.0.tgz", "name: demo\nversion: 0.1.0\n",
                    Instant.parse("2026-01-02T03:04:05Z"));
            assertThat(prov).startsWith("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nname: demo\n"
                    + "version: 0.1.0\n\n...\nfiles:\n  demo-0.1.0.tgz: sha256:" + Sha256.hex(archive)
                    + "\n\n-----BEGIN PGP SIGNATURE-----\n\n").endsWith("\n-----END PGP SIGNATURE-----");
            Verification v = Provenance.verify(archive, prov.getBytes(StandardCharsets.UTF_8), "demo-0.1.0.tgz",
                    Keyring.load(resource("pubring.gpg")));
            assertThat(v.fileHash()).isEqualTo("sha256:" + Sha256.hex(archive));
        }
    }

    @Test
    void anArmoredPublicKeyVerifiesToo() throws IOException {
        Verification v = Provenance.verify(bytes("helm-signed/rsa/demo-0.1.0.tgz"),
                bytes("helm-signed/rsa/demo-0.1.0.tgz.prov"), "demo-0.1.0.tgz",
                Keyring.load(resource("rsa-public.asc")));
        assertThat(v.signedBy()).containsExactly(RSA);
    }

    @Test
    void aChartChangedAfterSigningFailsOnItsSum() throws IOException {
        byte[] archive = bytes("helm-signed/rsa/demo-0.1.0.tgz");
        byte[] changed = java.util.Arrays.copyOf(archive, archive.length + 1);
        assertThatThrownBy(() -> Provenance.verify(changed, bytes("helm-signed/rsa/demo-0.1.0.tgz.prov"),
                "demo-0.1.0.tgz", Keyring.load(resource("pubring.gpg"))))
                .isInstanceOf(ProvenanceException.class)
                .hasMessage("sha256 sum does not match for demo-0.1.0.tgz: \"sha256:" + Sha256.hex(archive)
                        + "\" != \"sha256:" + Sha256.hex(changed) + "\"");
        assertThatThrownBy(() -> Provenance.verify(archive, bytes("helm-signed/rsa/demo-0.1.0.tgz.prov"),
                "other-0.1.0.tgz", Keyring.load(resource("pubring.gpg"))))
                .hasMessage("provenance does not contain a SHA for a file named \"other-0.1.0.tgz\"");
    }

    @Test
    void aChangedMessageBlockOrAnUnknownSignerFailsTheSignature() throws IOException {
        byte[] archive = bytes("helm-signed/rsa/demo-0.1.0.tgz");
        String prov = new String(bytes("helm-signed/rsa/demo-0.1.0.tgz.prov"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Provenance.verify(archive, prov.replace("name: demo", "name: demx")
                .getBytes(StandardCharsets.UTF_8), "demo-0.1.0.tgz", Keyring.load(resource("pubring.gpg"))))
                .hasMessage("openpgp: invalid signature: RSA verification failure");
        assertThatThrownBy(() -> Provenance.verify(bytes("helm-signed/ed25519/demo-0.1.0.tgz"),
                bytes("helm-signed/ed25519/demo-0.1.0.tgz.prov"), "demo-0.1.0.tgz",
                Keyring.load(resource("rsa-public.asc"))))
                .hasMessage("openpgp: signature made by unknown entity");
        assertThatThrownBy(() -> Provenance.verify(archive, "junk\n".getBytes(StandardCharsets.UTF_8),
                "demo-0.1.0.tgz", Keyring.load(resource("pubring.gpg"))))
                .hasMessage("signature block not found");
    }

    @Test
    void keysAreFoundByNameAsHelmFindsThem() throws IOException {
        Path secring = resource("secring.gpg");
        assertThatThrownBy(() -> Signatory.fromKeyring(secring, "helm4j"))
                .hasMessage("more than one key contain the id \"helm4j\"");
        assertThat(Signatory.fromKeyring(secring, RSA).identities()).containsExactly(RSA);
        assertThatThrownBy(() -> Signatory.fromKeyring(secring, "nobody").unlock(PASS))
                .hasMessage("private key not found");
        assertThatThrownBy(() -> Signatory.fromKeyring(resource("pubring.gpg"), "ed25519").unlock(PASS))
                .hasMessage("provided key is not a private key. Try providing a keyring with secret keys");
        assertThatThrownBy(() -> Signatory.fromKeyring(secring, "helm4j test")
                .unlock(name -> "wrong".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("openpgp: invalid data: private key checksum failure");
    }

    @Test
    void thePassphraseIsAskedOnlyForAnEncryptedKeyWithItsName() throws IOException {
        List<String> asked = new java.util.ArrayList<>();
        Signatory.fromKeyring(resource("secring.gpg"), "ed25519").unlock(n -> {
            asked.add(n);
            return new byte[0];
        });
        Signatory.fromKeyring(resource("secring.gpg"), "helm4j test").unlock(n -> {
            asked.add(n);
            return "helm4j-test".getBytes(StandardCharsets.UTF_8);
        });
        assertThat(asked).containsExactly(RSA);
    }

    @Test
    void verifyChartChecksItsInputsAsHelmDoes() throws IOException {
        Path chart = tmp.resolve("demo-0.1.0.tgz");
        Path ring = resource("pubring.gpg");
        assertThatThrownBy(() -> Provenance.verifyChart(chart, tmp.resolve("x.prov"), ring))
                .hasMessage("stat " + chart + ": no such file or directory");
        assertThatThrownBy(() -> Provenance.verifyChart(tmp, tmp.resolve("x.prov"), ring))
                .hasMessage("unpacked charts cannot be verified");
        Files.write(chart, bytes("helm-signed/rsa/demo-0.1.0.tgz"));
        Path prov = tmp.resolve("demo-0.1.0.tgz.prov");
        assertThatThrownBy(() -> Provenance.verifyChart(chart, prov, ring))
                .hasMessage("could not load provenance file " + prov + ": stat " + prov + ": no such file or directory");
        Files.write(prov, bytes("helm-signed/rsa/demo-0.1.0.tgz.prov"));
        assertThatThrownBy(() -> Provenance.verifyChart(chart, prov, tmp.resolve("none.gpg")))
                .hasMessage("failed to load keyring: open " + tmp.resolve("none.gpg") + ": no such file or directory");
        assertThatThrownBy(() -> Provenance.verifyChart(chart, prov, chart))
                .hasMessage("failed to load keyring: openpgp: invalid data: tag byte does not have MSB set");
        assertThat(Provenance.verifyChart(chart, prov, ring).fingerprint()).isEqualTo(RSA_FPR);
        Path txt = tmp.resolve("demo.txt");
        Files.writeString(txt, "x");
        assertThatThrownBy(() -> Provenance.verifyChart(txt, prov, ring)).hasMessage("chart must be a tgz file");
    }
}
