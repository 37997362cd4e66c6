package io.helm4j.repo;

import io.helm4j.internal.content.AtomicFiles;
import io.helm4j.Helm4jException;
import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Helm's {@code repositories.yaml} ({@code repo.File}): the API version and generation time as read
 * (kept verbatim), and the repositories in order. Changes give new values; {@link #write(Path)}
 * writes it as Helm does (sigs.k8s.io/yaml, mode 0600, through a temporary file).
 */
public record RepoFile(String apiVersion, String generated, List<RepoEntry> repositories) {
    /** Go's zero time, as Helm writes a file it created. */
    public static final String ZERO_TIME = "0001-01-01T00:00:00Z";

    public RepoFile {
        repositories = List.copyOf(repositories);
    }

    public static RepoFile empty() {
        return new RepoFile("", ZERO_TIME, List.of());
    }

    /** Reads {@code path}; a missing file is an empty one (as {@code repo add} treats it). */
    public static RepoFile loadOrEmpty(Path path) {
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return empty();
        } catch (IOException e) {
            throw new Helm4jException("open " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads {@code path}, which must exist: Helm's {@code repo.LoadFile} error otherwise. */
    public static RepoFile load(Path path) {
        if (!Files.exists(path)) {
            throw new RepoFileMissingException(path);
        }
        return loadOrEmpty(path);
    }

    static RepoFile parse(String text) {
        Object doc = GoYaml.load(text);
        if (!(doc instanceof Map<?, ?> root)) {
            return empty();
        }
        List<RepoEntry> entries = new ArrayList<>();
        if (root.get("repositories") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    entries.add(RepoEntry.fromMap(m));
                }
            }
        }
        Object api = root.get("apiVersion");
        Object gen = root.get("generated");
        return new RepoFile(api == null ? "" : String.valueOf(api), gen == null ? ZERO_TIME : String.valueOf(gen),
                entries);
    }

    public Optional<RepoEntry> get(String name) {
        return repositories.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public boolean has(String name) {
        return get(name).isPresent();
    }

    /** Helm's {@code File.Update}: replaces the entry of the same name in place, else appends. */
    public RepoFile update(RepoEntry entry) {
        List<RepoEntry> out = new ArrayList<>(repositories);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).name().equals(entry.name())) {
                out.set(i, entry);
                return new RepoFile(apiVersion, generated, out);
            }
        }
        out.add(entry);
        return new RepoFile(apiVersion, generated, out);
    }

    /** Without the repository {@code name} (unchanged when there is none). */
    public RepoFile remove(String name) {
        return new RepoFile(apiVersion, generated,
                repositories.stream().filter(r -> !r.name().equals(name)).toList());
    }

    /** The YAML Helm writes. */
    public String toYaml() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apiVersion", apiVersion);
        m.put("generated", generated);
        List<Object> list = new ArrayList<>();
        repositories.forEach(r -> list.add(r.toMap()));
        m.put("repositories", list);
        return GoYaml.toYaml(m);
    }

    /** Writes the file (directories made 0755 as needed; the file 0600), replacing it atomically. */
    public void write(Path path) {
        AtomicFiles.write(path, toYaml().getBytes(StandardCharsets.UTF_8), "rw-------");
    }

    /** Helm's {@code isNotExist} case of {@code repo.LoadFile}: the file is missing. */
    public static final class RepoFileMissingException extends Helm4jException {
        RepoFileMissingException(Path path) {
            super("couldn't load repositories file (" + path + ").\nYou might need to run `helm repo add`");
        }
    }
}
