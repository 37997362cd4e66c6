package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.registry.CosignKeys;
import io.helm4j.registry.RegistryException;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Beyond Helm, {@code helm4j generate-key-pair} as cosign's: the two files in cosign's formats (the private key opens
 * with the password and signs what the public key verifies), the password from {@code COSIGN_PASSWORD} or all of
 * standard input, an existing key overwritten only after {@code y}, with cosign's prompt and errors. (Signatures made
 * with such keys are checked against a registry, and against cosign itself when installed, in
 * {@code CosignIntegrationTest}.)
 */
class GenerateKeyPairCommandTest {
    @TempDir
    Path tmp;

    private static PrivateKey open(Path key, String password) throws Exception {
        return CosignKeys.readPrivate(Files.readAllBytes(key), password.getBytes(StandardCharsets.UTF_8), key.toString());
    }

    private static void signsForTheOther(PrivateKey priv, Path pub) throws Exception {
        PublicKey p = CosignKeys.readPublic(Files.readAllBytes(pub), pub.toString());
        byte[] payload = "payload".getBytes(StandardCharsets.UTF_8);
        Signature s = Signature.getInstance("SHA256withECDSA");
        s.initSign(priv);
        s.update(payload);
        byte[] sig = s.sign();
        Signature v = Signature.getInstance("SHA256withECDSA");
        v.initVerify(p);
        v.update(payload);
        assertThat(v.verify(sig)).isTrue();
    }

    @Test
    void writesCosignsTwoFilesWithThePasswordFromTheEnvironment() throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("COSIGN_PASSWORD", "s3cret"));
        String prefix = tmp.resolve("release").toString();
        CliBasicsTest.Result r = CliBasicsTest.run(env, "generate-key-pair", "--output-key-prefix", prefix);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("Private key written to " + prefix + ".key\nPublic key written to " + prefix
                + ".pub\n");
        Path key = Path.of(prefix + ".key");
        Path pub = Path.of(prefix + ".pub");
        assertThat(Files.readString(key)).startsWith("-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n")
                .endsWith("-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n");
        assertThat(Files.readString(pub)).startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pub))).isEqualTo("rw-r--r--");
        assertThat(CosignKeys.isEncrypted(Files.readAllBytes(key))).isTrue();
        signsForTheOther(open(key, "s3cret"), pub);
        assertThatThrownBy(() -> open(key, "wrong")).isInstanceOf(RegistryException.class);
    }

    @Test
    void withoutTheVariableOrATerminalThePasswordIsAllOfStandardInput() throws Exception {
        String prefix = tmp.resolve("piped").toString();
        StringWriter err = new StringWriter();
        GenerateKeyPairCommand.generate(Map.of(), prefix, new ByteArrayInputStream("pw\n".getBytes(
                StandardCharsets.UTF_8)), null, new PrintWriter(err));
        signsForTheOther(open(Path.of(prefix + ".key"), "pw\n"), Path.of(prefix + ".pub")); // cosign keeps the newline
    }

    @Test
    void anExistingKeyIsOverwrittenOnlyAfterYes() throws Exception {
        Map<String, String> env = Map.of("COSIGN_PASSWORD", "");
        String prefix = tmp.resolve("cosign").toString();
        Path key = Path.of(prefix + ".key");
        GenerateKeyPairCommand.generate(env, prefix, new ByteArrayInputStream(new byte[0]), null,
                new PrintWriter(new StringWriter()));
        String first = Files.readString(key);
        for (String answer : new String[] {"n\n", "\n", "", "N\n"}) {
            StringWriter err = new StringWriter();
            assertThatThrownBy(() -> GenerateKeyPairCommand.generate(env, prefix, new ByteArrayInputStream(
                    answer.getBytes(StandardCharsets.UTF_8)), null, new PrintWriter(err)))
                    .hasMessage("user declined the prompt");
            assertThat(err.toString()).isEqualTo("WARNING: File " + key + " already exists. Overwrite?\n"
                    + "Are you sure you would like to continue? [y/N] ");
            assertThat(Files.readString(key)).isEqualTo(first);
        }
        assertThatThrownBy(() -> GenerateKeyPairCommand.generate(env, prefix, new ByteArrayInputStream(
                "yes\n".getBytes(StandardCharsets.UTF_8)), null, new PrintWriter(new StringWriter())))
                .hasMessage("invalid input \"yes\" (allowed values y, n)");
        assertThat(Files.readString(key)).isEqualTo(first);
        StringWriter err = new StringWriter();
        GenerateKeyPairCommand.generate(env, prefix, new ByteArrayInputStream("Y\r\n".getBytes(StandardCharsets.UTF_8)),
                null, new PrintWriter(err));
        assertThat(err.toString()).endsWith("[y/N] Private key written to " + key + "\nPublic key written to " + prefix
                + ".pub\n");
        assertThat(Files.readString(key)).isNotEqualTo(first);
        signsForTheOther(open(key, ""), Path.of(prefix + ".pub"));
    }

    @Test
    void secretStoreTargetsAreRefusedAndTheCommandIsHidden() {
        CliBasicsTest.Result r = CliBasicsTest.run(Map.of("COSIGN_PASSWORD", "x"), "generate-key-pair", "k8s://ns/name");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("Error: generate-key-pair writes key files only: KMS and secret-store targets "
                + "(k8s://ns/name) are not supported\n");
        assertThat(CliBasicsTest.run(Map.of(), "--help").out()).doesNotContain("generate-key-pair");
    }
}
