package io.helm4j.action;

import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartLoader;
import io.helm4j.provenance.Provenance;
import io.helm4j.provenance.ProvenanceException;
import io.helm4j.provenance.Signatory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * Helm's {@code Package.Clearsign}: the key is found and unlocked, the archive loaded for its metadata, and
 * {@code ARCHIVE.prov} written (through a temporary file, so a failure leaves no half-written file).
 */
final class ChartSigning {
    private ChartSigning() {
    }

    static Path sign(Path archive, SignOptions options, ChartLoader loader, Instant now) {
        Signatory signer = Signatory.fromKeyring(options.keyring(), options.key()).unlock(options.passphrase());
        Chart chart;
        try {
            chart = loader.loadArchive(archive);
        } catch (RuntimeException e) {
            throw new ProvenanceException("failed to load chart for signing: " + e.getMessage(), e);
        }
        try {
            byte[] data = Files.readAllBytes(archive);
            String prov = signer.clearSign(data, archive.getFileName().toString(),
                    Provenance.metadataYaml(chart.metadata()), now);
            Path target = archive.resolveSibling(archive.getFileName() + ".prov");
            Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".prov-", ".tmp");
            try {
                Files.writeString(tmp, prov, StandardCharsets.UTF_8);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return target;
        } catch (IOException e) {
            throw new ProvenanceException("failed to write the provenance file for " + archive + ": "
                    + e.getMessage(), e);
        }
    }
}
