package io.helm4j.plugin;

import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The PROVENANCE column of {@code helm plugin list} ({@code GetPluginSigningInfo}): {@code local dev} for a plugin
 * linked from a directory, {@code unsigned} without {@code NAME-VERSION.tgz} and its {@code .prov} beside it,
 * {@code invalid provenance} when the {@code .prov} is no clear-signed message, {@code mismatched provenance}
 * when its {@code files:} do not hold the archive's SHA-256, else {@code signed} (the signature itself is checked
 * at install time, as in Helm); {@code unknown} when the plugin is not under {@code $HELM_DATA_HOME/plugins}.
 */
public final class PluginProvenance {
    private PluginProvenance() {
    }

    public static String status(PluginMetadata m, Path dataPlugins) {
        Path dir = dataPlugins.resolve(m.name());
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return "unknown";
        }
        if (Files.isSymbolicLink(dir)) {
            return "local dev";
        }
        Path tarball = dataPlugins.resolve(m.name() + "-" + m.version() + ".tgz");
        Path prov = Path.of(tarball + ".prov");
        if (!Files.exists(tarball) || !Files.exists(prov)) {
            return "unsigned";
        }
        try {
            String plaintext = clearSigned(Files.readString(prov, StandardCharsets.UTF_8));
            if (plaintext == null) {
                return "invalid provenance";
            }
            return hashListed(plaintext, tarball) ? "signed" : "mismatched provenance";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The message of an OpenPGP clear-signed text, or null when it is not one. */
    static String clearSigned(String text) {
        String begin = "-----BEGIN PGP SIGNED MESSAGE-----\n";
        int start = text.indexOf(begin);
        int sig = text.indexOf("\n-----BEGIN PGP SIGNATURE-----");
        if (start < 0 || sig < 0 || !text.contains("-----END PGP SIGNATURE-----")) {
            return null;
        }
        int body = text.indexOf("\n\n", start + begin.length() - 1);
        if (body < 0 || body > sig) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.substring(body + 2, sig).split("\n", -1)) {
            out.append(line.startsWith("- ") ? line.substring(2) : line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static boolean hashListed(String plaintext, Path tarball) throws IOException {
        String[] parts = plaintext.split("\n\\.\\.\\.\n", -1);
        if (parts.length < 2) {
            return false;
        }
        Object files = GoYaml.loadMap(parts[1]).get("files");
        if (!(files instanceof Map<?, ?> m) || m.isEmpty()) {
            return false;
        }
        String actual = "sha256:" + sha256(tarball);
        String base = tarball.getFileName().toString();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (String.valueOf(e.getKey()).contains(base) && actual.equals(String.valueOf(e.getValue()))) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) >= 0) {
                d.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
