package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.chart.ChartFile;
import io.helm4j.downloader.ChartDownloader;
import io.helm4j.downloader.Download;
import io.helm4j.events.Event;
import io.helm4j.registry.RegistryClient;
import io.helm4j.downloader.ProvenanceNotFoundException;
import io.helm4j.provenance.Provenance;
import io.helm4j.provenance.Verification;
import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code helm pull}: the chart downloaded ({@link ChartDownloader}) and saved under Helm's file name, or,
 * (an {@code oci://} pull reported as {@link Event.Info} lines, as Helm's registry client prints them)
 * with {@code untar}, expanded into {@code UNTARDIR/CHARTNAME} (which must not exist yet) and no archive left
 * behind. Files are written through temporary files; a failed download writes nothing, and with
 * {@code verify} a chart that fails verification is not written either (Helm leaves it in the destination).
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
        Download d;
        String warning = "";
        try {
            d = downloader.fetch(o.chart(), o.chartPath(), (o.verify() && o.cosignKey() == null) || o.prov());
        } catch (ProvenanceNotFoundException e) {
            reportPull(o.chart(), e.chart());
            if (o.verify()) {
                throw e;
            }
            d = e.chart();
            warning = "WARNING: Verification not found for " + o.chart() + ": " + e.getCause().getMessage();
        }
        if (warning.isEmpty()) {
            reportPull(o.chart(), d);
            if (d.provenancePulled()) {
                reportPull(o.chart(), d);
            }
        }
        Verification verification = o.verify() && o.cosignKey() == null
                ? Provenance.verify(d.data(), d.provenance(), d.fileName(), o.keyring()) : null;
        var cosign = o.cosignKey() == null ? java.util.List.<io.helm4j.registry.RegistryClient.CosignVerified>of()
                : downloader.cosignVerify(d, o.chartPath(), io.helm4j.registry.CosignKeys.readPublic(
                        read(context.workingDir().resolve(o.cosignKey())), o.cosignKey().toString()));
        String pulledRef = ChartDownloader.isOci(o.chart()) ? d.url() : "";
        if (!o.untar()) {
            if (!Files.isDirectory(dest)) {
                throw new Helm4jException("open " + o.destination().resolve(d.fileName())
                        + ": no such file or directory");
            }
            Path saved = downloader.save(d, dest);
            return new PullResult(saved, null, pulledRef, d.manifestDigest(), verification, d.provenancePulled(),
                    warning, cosign);
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
        return new PullResult(null, ud, pulledRef, d.manifestDigest(), verification, d.provenancePulled(), warning,
                cosign);
    }

    /**
     * Helm's registry client's report of an {@code oci://} pull, as {@link Event.Info} lines ({@code Pulled:},
     * {@code Digest:}, and its note on {@code _} in tags), emitted before the chart is verified or saved.
     */
    private void reportPull(String ref, Download d) {
        if (!ChartDownloader.isOci(ref)) {
            return;
        }
        context.events().emit(new Event.Info("Pulled: " + d.url()));
        context.events().emit(new Event.Info("Digest: " + d.manifestDigest()));
        if (ChartDownloader.underscoreInTag(d.url())) {
            context.events().emit(new Event.Info(d.url() + " contains an underscore."));
            context.events().emit(new Event.Info(RegistryClient.UNDERSCORE_MESSAGE));
        }
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

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new Helm4jException("open " + p + ": " + e.getMessage(), e);
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
