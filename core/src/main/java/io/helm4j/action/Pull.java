package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.ChartFile;
import io.helm4j.downloader.ChartDownloader;
import io.helm4j.downloader.Download;
import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code helm pull}: the chart downloaded ({@link ChartDownloader}) and saved under Helm's file name, or,
 * with {@code untar}, expanded into {@code UNTARDIR/CHARTNAME} (which must not exist yet) and no archive left
 * behind. Files are written through temporary files; a failed download writes nothing.
 */
public final class Pull {
    private final ActionContext context;
    private final ChartDownloader downloader;

    /** Charts are fetched with the context's settings; Docker's config is looked for under {@code user.home}. */
    public Pull(ActionContext context) {
        this.context = context;
        this.downloader = new ChartDownloader(context.settings(), context.events(), context.getters());
    }

    public PullResult run(PullOptions o) {
        Path dest = context.workingDir().resolve(o.destination());
        Download d = downloader.fetch(o.chart(), o.chartPath());
        String pulledRef = ChartDownloader.isOci(o.chart()) ? d.url() : "";
        if (!o.untar()) {
            if (!Files.isDirectory(dest)) {
                throw new Helm4jException("open " + o.destination().resolve(d.fileName())
                        + ": no such file or directory");
            }
            Path saved = downloader.save(d, dest);
            return new PullResult(saved, null, pulledRef, d.manifestDigest());
        }
        Path ud = Path.of(o.untarDir());
        if (!ud.isAbsolute()) {
            ud = dest.resolve(ud);
        }
        Path check = o.untarDir().equals(".") && o.destination().toString().equals(".")
                ? context.workingDir().resolve(baseName(o.chart())) : ud.resolve(baseName(o.chart()));
        if (Files.exists(check)) {
            throw new Helm4jException("failed to untar: a file or directory with the name " + relative(check)
                    + " already exists");
        }
        expand(ud, archiveFiles(d), check);
        return new PullResult(null, ud, pulledRef, d.manifestDigest());
    }

    /** The archive's files, read through a temporary file (Helm downloads into a temporary directory). */
    private List<ChartFile> archiveFiles(Download d) {
        try {
            Path tmp = Files.createTempFile("helm-", ".tgz");
            try {
                Files.write(tmp, d.data());
                return context.charts().loadArchiveFiles(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new Helm4jException("failed to untar: " + e.getMessage(), e);
        }
    }

    /** Helm's {@code chartutil.Expand}: the files written verbatim under {@code dir/NAME} (NAME from Chart.yaml). */
    static void expand(Path dir, List<ChartFile> files, Path check) {
        String name = null;
        for (ChartFile f : files) {
            if (f.name().equals("Chart.yaml")) {
                Map<String, Object> md = GoYaml.loadMap(f.text());
                Object n = md.get("name");
                name = n == null ? null : String.valueOf(n);
            }
        }
        if (name == null || name.isEmpty()) {
            throw new Helm4jException("chart name not specified");
        }
        Path chartDir = dir.resolve(name).normalize();
        try {
            Files.createDirectories(check);
            for (ChartFile f : files) {
                Path out = chartDir.resolve(f.name()).normalize();
                if (!out.startsWith(chartDir)) {
                    throw new Helm4jException("chart file " + f.name() + " escapes the chart directory");
                }
                Files.createDirectories(out.getParent());
                Files.write(out, f.data());
            }
        } catch (IOException e) {
            throw new Helm4jException("failed to untar: " + e.getMessage(), e);
        }
    }

    private static String baseName(String ref) {
        int slash = ref.lastIndexOf('/');
        return slash < 0 ? ref : ref.substring(slash + 1);
    }

    private String relative(Path p) {
        Path wd = context.workingDir();
        return p.startsWith(wd) ? wd.relativize(p).toString() : p.toString();
    }
}
