package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** {@code helm create}: writes Helm's scaffold chart, or a starter's ({@link CreateFromStarter}), with the name filled in. */
public final class Create {
    /** The scaffold files, relative to the chart directory, in the order Helm writes them. */
    static final List<String> SCAFFOLD = List.of("Chart.yaml", "values.yaml", ".helmignore",
            "templates/ingress.yaml", "templates/httproute.yaml", "templates/deployment.yaml",
            "templates/service.yaml", "templates/serviceaccount.yaml", "templates/hpa.yaml",
            "templates/NOTES.txt", "templates/_helpers.tpl", "templates/tests/test-connection.yaml");

    private final EventSink events;
    private final Clock clock;

    /** Warnings ("already exists. Overwriting.") go to the context's events; its clock dates a starter's subchart archives. */
    public Create(ActionContext context) {
        this.events = context.events();
        this.clock = context.clock();
    }

    /** Creates the chart (from Helm's scaffold, or from the options' starter); the result names its directory. */
    public CreateResult run(CreateOptions options) {
        return new CreateResult(create(options));
    }

    private Path create(CreateOptions options) {
        if (options.starter() != null) {
            return CreateFromStarter.run(options, clock.instant());
        }
        Path base = options.directory().toAbsolutePath().normalize();
        if (!Files.isDirectory(base)) {
            throw new Helm4jException(Files.exists(base) ? "no such directory " + base
                    : "stat " + base + ": no such file or directory");
        }
        Path chartDir = base.resolve(options.name());
        if (Files.exists(chartDir) && !Files.isDirectory(chartDir)) {
            throw new Helm4jException("file " + chartDir + " already exists and is not a directory");
        }
        try {
            for (String name : SCAFFOLD) {
                Path target = chartDir.resolve(name);
                if (Files.exists(target)) {
                    events.emit(new Event.Warning("File \"" + target + "\" already exists. Overwriting."));
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, scaffold(name).replace("<CHARTNAME>", options.name()));
            }
            Files.createDirectories(chartDir.resolve("charts"));
        } catch (IOException e) {
            throw new Helm4jException("creating chart " + chartDir + ": " + e.getMessage(), e);
        }
        return chartDir;
    }

    private static String scaffold(String name) {
        try (InputStream in = Create.class.getResourceAsStream("scaffold/" + name)) {
            if (in == null) {
                throw new IllegalStateException("scaffold file missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
