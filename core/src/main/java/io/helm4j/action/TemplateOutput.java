package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.gostd.Strings;
import io.helm4j.release.Crd;
import io.helm4j.release.Hook;
import io.helm4j.release.Manifest;
import io.helm4j.release.SortedManifests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Assembles what {@code helm template} prints (or writes under {@code --output-dir}). */
final class TemplateOutput {
    private TemplateOutput() {
    }

    static TemplateResult assemble(String releaseName, Chart chart, SortedManifests sorted, String notes,
            TemplateOptions o) {
        List<Path> written = new ArrayList<>();
        Set<String> fileWritten = new HashSet<>();
        StringBuilder doc = new StringBuilder();
        Path outDir = o.outputDir();
        Path newDir = outDir == null ? null : o.useReleaseName() ? outDir.resolve(releaseName) : outDir;
        if (o.includeCrds()) {
            for (Crd crd : Crd.of(chart)) {
                String data = new String(crd.file().data(), StandardCharsets.UTF_8);
                if (outDir == null) {
                    source(doc, crd.filename(), data);
                } else {
                    written.add(write(outDir, crd.filename(), data, fileWritten.contains(crd.filename())));
                    fileWritten.add(crd.filename());
                }
            }
        }
        for (Manifest m : sorted.manifests()) {
            if (outDir == null) {
                source(doc, m.name(), m.content());
            } else {
                written.add(write(newDir, m.name(), m.content(), fileWritten.contains(m.name())));
                fileWritten.add(m.name());
            }
        }
        StringBuilder out = new StringBuilder(Strings.trimSpace(doc.toString())).append('\n');
        if (!o.disableHooks()) {
            Set<String> hookWritten = new HashSet<>();
            for (Hook h : sorted.hooks()) {
                if (o.skipTests() && h.isTest()) {
                    continue;
                }
                if (outDir == null) {
                    source(out, h.path(), h.manifest());
                } else {
                    if (Files.exists(newDir.resolve(h.path()))) {
                        hookWritten.add(h.path());
                    }
                    written.add(write(newDir, h.path(), h.manifest(), hookWritten.contains(h.path())));
                }
            }
        }
        String output = o.showOnly().isEmpty() ? out.toString() : ShowOnly.filter(out.toString(), o.showOnly());
        return new TemplateResult(releaseName, output, written, sorted.manifests(), sorted.hooks(), notes);
    }

    private static void source(StringBuilder sb, String name, String content) {
        sb.append("---\n# Source: ").append(name).append('\n').append(content).append('\n');
    }

    /** The rendered files as one stream, for debugging output when they do not parse. */
    static String rawFiles(Map<String, String> files) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(files).forEach((name, content) -> {
            if (!Strings.trimSpace(content).isEmpty()) {
                source(sb, name, content);
            }
        });
        return Strings.trimSpace(sb.toString()) + "\n";
    }

    private static Path write(Path dir, String name, String data, boolean append) {
        Path file = Path.of(dir.toString() + "/" + name);
        try {
            Files.createDirectories(file.getParent());
            String text = "---\n# Source: " + name + "\n" + data + "\n";
            if (append) {
                Files.write(file, io.helm4j.gostd.GoStrings.bytes(text), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } else {
                Files.write(file, io.helm4j.gostd.GoStrings.bytes(text));
            }
        } catch (IOException e) {
            throw new Helm4jException("writing " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
