package io.helm4j.action;

import io.helm4j.provenance.Keyring;
import io.helm4j.provenance.Provenance;
import io.helm4j.provenance.ProvenanceException;
import io.helm4j.provenance.Verification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code helm plugin verify PATH} (Helm 4's {@code plugin verify}): a plugin archive checked against
 * {@code PATH.prov}, which must be signed by a key of the keyring and list the archive's SHA-256 under its file
 * name; directories are refused, as in Helm. {@code plugin install} verifies archives the same way.
 */
public final class PluginVerify {
    private final Path workingDir;

    public PluginVerify(ActionContext context) {
        this.workingDir = context.workingDir();
    }

    public PluginVerifyResult run(PluginVerifyOptions o) {
        Path archive = workingDir.resolve(o.path());
        if (!Files.exists(archive)) {
            throw new ProvenanceException("stat " + o.path() + ": no such file or directory");
        }
        if (Files.isDirectory(archive)) {
            throw new ProvenanceException("directory verification not supported - only plugin tarballs can be verified");
        }
        String name = archive.getFileName().toString();
        if (!name.endsWith(".gz") && !name.endsWith(".tgz")) {
            throw new ProvenanceException("plugin file must be a gzipped tarball (.tar.gz or .tgz)");
        }
        Path prov = Path.of(archive + ".prov");
        if (!Files.exists(prov)) {
            throw new ProvenanceException("could not find provenance file " + o.path() + ".prov: stat " + o.path()
                    + ".prov: no such file or directory");
        }
        try {
            return new PluginVerifyResult(verify(Files.readAllBytes(archive), Files.readAllBytes(prov), name,
                    workingDir.resolve(o.keyring())));
        } catch (IOException e) {
            throw new ProvenanceException("failed to read plugin file: " + e.getMessage(), e);
        }
    }

    /** Helm's {@code VerifyPlugin}: the keyring loaded, then the signature and the archive's sum checked. */
    static Verification verify(byte[] archive, byte[] prov, String fileName, Path keyring) {
        return Provenance.verify(archive, prov, fileName, Keyring.load(keyring));
    }
}
