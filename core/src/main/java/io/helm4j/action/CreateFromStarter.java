package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.Chart;
import io.helm4j.chart.ChartArchiver;
import io.helm4j.chart.ChartFile;
import io.helm4j.chart.ChartLoader;
import io.helm4j.chart.Metadata;
import io.helm4j.chart.MetadataObject;
import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * {@code helm create NAME --starter STARTER} (Helm's {@code chartutil.CreateFrom} and {@code SaveDir}): the
 * starter chart is loaded as any chart (its .helmignore applies), given new metadata (the name, version and
 * appVersion 0.1.0, type application, Helm's description), {@code <CHARTNAME>} is replaced by the name in
 * its templates and values.yaml (not in other files), and it is written as a chart directory: Chart.yaml,
 * values.yaml, values.schema.json, templates, the other files, and each subchart as an archive in charts/.
 */
final class CreateFromStarter {
    private static final String PLACEHOLDER = "<CHARTNAME>";

    private CreateFromStarter() {
    }

    static Path run(CreateOptions options, Instant now) {
        Path src = options.starterPath();
        Chart starter;
        try {
            starter = ChartLoader.create().load(src);
        } catch (Helm4jException e) {
            throw new Helm4jException("could not load " + src + ": " + e.getMessage(), e);
        }
        String name = options.name();
        Metadata md = new Metadata(Metadata.API_VERSION_V2, name, null, null, "0.1.0",
                "A Helm chart for Kubernetes", null, null, null, "0.1.0", false, null, null, null, "application");
        Path out = options.directory().resolve(name);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new Helm4jException("file " + out + " already exists and is not a directory");
        }
        try {
            Files.createDirectories(out);
            write(out.resolve("Chart.yaml"), GoYaml.toYaml(MetadataObject.of(md).toJsonMap())
                    .getBytes(StandardCharsets.UTF_8));
            byte[] values = starter.rawFile("values.yaml");
            if (values != null) {
                write(out.resolve("values.yaml"), transform(values, name));
            }
            if (starter.schema() != null) {
                write(out.resolve("values.schema.json"), starter.schema());
            }
            for (ChartFile t : starter.templates()) {
                write(out.resolve(t.name()), transform(t.data(), name));
            }
            for (ChartFile f : starter.files()) {
                write(out.resolve(f.name()), f.data());
            }
        } catch (IOException e) {
            throw new Helm4jException("creating chart " + out + ": " + e.getMessage(), e);
        }
        ChartArchiver archiver = new ChartArchiver(now);
        for (Chart dep : starter.dependencies()) {
            try {
                archiver.save(dep, out.resolve("charts"));
            } catch (Helm4jException e) {
                throw new Helm4jException("saving " + name + "/charts/" + dep.name() + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static byte[] transform(byte[] data, String name) {
        return new String(data, StandardCharsets.UTF_8).replace(PLACEHOLDER, name).getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Path file, byte[] data) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, data);
    }
}
