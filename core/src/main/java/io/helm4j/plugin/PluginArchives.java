package io.helm4j.plugin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Plugin archives as Helm 4 writes and reads them: a gzipped tar whose one top directory is the plugin's name
 * ({@code CreatePluginTarball}), its manifest read without unpacking ({@code ExtractTgzPluginMetadata}), unpacked
 * with every entry kept inside the target ({@code TarGzExtractor}), and named {@code NAME-VERSION.tgz}.
 */
public final class PluginArchives {
    private PluginArchives() {
    }

    /** Writes the plugin directory {@code dir} as {@code NAME/...} into a gzipped tar. */
    public static void create(Path dir, String name, OutputStream out) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = new ArrayList<>(walk.toList());
        }
        paths.sort((a, b) -> dir.relativize(a).toString().compareTo(dir.relativize(b).toString()));
        try (GZIPOutputStream gz = new GZIPOutputStream(out); TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Path p : paths) {
                String rel = dir.relativize(p).toString();
                String entryName = rel.isEmpty() ? name : name + "/" + rel;
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                boolean isDir = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
                TarArchiveEntry e = new TarArchiveEntry(entryName, isDir ? TarArchiveEntry.LF_DIR
                        : TarArchiveEntry.LF_NORMAL);
                e.setMode(mode(p, isDir));
                e.setModTime(Files.getLastModifiedTime(p));
                if (!isDir) {
                    e.setSize(Files.size(p));
                }
                tar.putArchiveEntry(e);
                if (!isDir) {
                    Files.copy(p, tar);
                }
                tar.closeArchiveEntry();
            }
        }
    }

    private static int mode(Path p, boolean dir) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
            int m = 0;
            for (PosixFilePermission perm : perms) {
                m |= 1 << (8 - perm.ordinal());
            }
            return m;
        } catch (IOException | UnsupportedOperationException e) {
            return dir ? 0755 : 0644;
        }
    }

    /** The manifest of the first {@code plugin.yaml} in the archive, or Helm's error. */
    public static PluginMetadata readManifest(byte[] tgz) {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(new ByteArrayInputStream(tgz)))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                String n = e.getName();
                if (n.equals(PluginManifest.FILE_NAME) || n.endsWith("/" + PluginManifest.FILE_NAME)) {
                    return PluginManifest.parse(new String(tar.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new PluginException(null, e.getMessage(), e);
        }
        throw new PluginException(null, "plugin.yaml not found in tarball");
    }

    /** Unpacks the archive into {@code target}; an entry that would land outside it is an error. */
    public static void extract(byte[] tgz, Path target) throws IOException {
        Files.createDirectories(target);
        Path root = target.toAbsolutePath().normalize();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(tgz));
                TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path p = root.resolve(e.getName()).normalize();
                if (!p.startsWith(root) || e.getName().startsWith("/")) {
                    throw new PluginException(null, "path '" + e.getName() + "' resolves outside the target directory");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(p);
                } else if (e.isFile()) {
                    Files.createDirectories(p.getParent());
                    Files.copy(tar, p);
                    if ((e.getMode() & 0111) != 0) {
                        p.toFile().setExecutable(true, (e.getMode() & 011) == 0);
                    }
                } else {
                    throw new PluginException(null, "unknown type: " + Integer.toBinaryString(e.getLinkFlag())
                            + " in " + e.getName());
                }
            }
        }
    }

    /** Helm's {@code stripPluginName}: {@code hello-0.1.0.tgz} is the plugin {@code hello}. */
    public static String stripPluginName(String fileName) {
        String n = fileName;
        for (String suffix : List.of(".tar.gz", ".tgz")) {
            if (n.endsWith(suffix)) {
                n = n.substring(0, n.length() - suffix.length());
                break;
            }
        }
        return n.replaceAll("^(.*)-\\d+\\..*$", "$1");
    }

    /** True for a file name Helm unpacks as a plugin archive. */
    public static boolean isArchive(String name) {
        return name.endsWith(".tgz") || name.endsWith(".tar.gz");
    }
}
