package io.helm4j.storage;

import io.helm4j.release.Release;
import io.helm4j.release.ReleaseCodec;
import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code HELM_MEMORY_DRIVER_DATA}: files, separated by {@code :}, each a YAML (or JSON) list of
 * releases with the record's JSON field names, loaded into the memory driver before a command runs
 * (Helm's {@code loadReleasesInMemory}). Each release is created through a {@link Storage}, so a
 * duplicate revision is {@code release: already exists}; afterwards the driver is set back to the
 * command's namespace, as Helm does.
 */
public final class MemoryDriverData {
    /** The variable Helm reads. */
    public static final String ENV = "HELM_MEMORY_DRIVER_DATA";

    private MemoryDriverData() {
    }

    /** The file names in the variable's value, as Helm splits it (an unset variable gives one empty name). */
    public static List<String> paths(String envValue) {
        return List.of((envValue == null ? "" : envValue).split(":", -1));
    }

    /**
     * Loads every file into the driver, then sets its namespace to {@code namespace}. Helm 4 stops
     * with a fatal error (exit 1) when a file cannot be read or parsed, or a revision is there twice;
     * an unset variable names the file "", which cannot be read, so {@code HELM_DRIVER=memory} alone
     * fails too. The same failures throw {@link StorageException} here, with Helm's text, including
     * the space Helm's {@code log.Fatal} leaves out ({@code Unable to read memory driver dataopen ...}).
     */
    public static void load(MemoryDriver driver, List<String> files, Path workingDir, String namespace) {
        Storage storage = new Storage(driver);
        for (String file : files) {
            for (Release r : read(file, workingDir)) {
                storage.create(r);
            }
        }
        driver.setNamespace(namespace);
    }

    /** The releases one file holds. */
    public static List<Release> read(String file, Path workingDir) {
        if (file.isEmpty()) {
            throw new StorageException("Unable to read memory driver dataopen : no such file or directory");
        }
        String text;
        try {
            text = Files.readString(workingDir.resolve(file));
        } catch (NoSuchFileException e) {
            throw new StorageException("Unable to read memory driver dataopen " + file
                    + ": no such file or directory", e);
        } catch (IOException e) {
            throw new StorageException("Unable to read memory driver dataopen " + file + ": " + e.getMessage(), e);
        }
        List<Release> out = new ArrayList<>();
        try {
            Object doc = GoYaml.load(text);
            if (doc == null) {
                return out;
            }
            if (!(doc instanceof List<?> list)) {
                throw new StorageException("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal "
                        + GoYaml.jsonKind(doc) + " into Go value of type []*v1.Release");
            }
            for (Object item : list) {
                out.add(ReleaseCodec.fromJson(GoYaml.toJson(item)));
            }
        } catch (StorageException e) {
            throw new StorageException("Unable to unmarshal memory driver data: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new StorageException("Unable to unmarshal memory driver data: " + e.getMessage(), e);
        }
        return out;
    }
}
