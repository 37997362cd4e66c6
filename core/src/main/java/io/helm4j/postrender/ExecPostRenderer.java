package io.helm4j.postrender;

import io.helm4j.Helm4jException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Helm 3's exec post-renderer ({@code pkg/postrender/exec.go}): runs an executable with the given arguments,
 * feeds the manifests on its stdin and takes its stdout. A non-zero exit is an error carrying its stderr; an
 * empty output is an error too. The executable is found as Go's {@code exec.LookPath} finds it: a name with a
 * slash is a path, other names are looked up in {@code PATH}.
 */
public final class ExecPostRenderer implements PostRenderer {
    private final Path binary;
    private final List<String> args;

    private ExecPostRenderer(Path binary, List<String> args) {
        this.binary = binary;
        this.args = List.copyOf(args);
    }

    /**
     * Helm's {@code NewExec}: finds the executable ({@code env} supplies {@code PATH}, {@code workDir} anchors
     * a relative path) or fails with Helm's {@code unable to find binary at NAME: exec: "NAME": ...}.
     */
    public static ExecPostRenderer of(String binaryPath, List<String> args, Map<String, String> env, Path workDir) {
        return new ExecPostRenderer(lookPath(binaryPath, env.getOrDefault("PATH", ""), workDir).toAbsolutePath().normalize(),
                args);
    }

    /** The executable that runs, as an absolute path. */
    public Path binary() {
        return binary;
    }

    private static Path lookPath(String name, String pathVar, Path workDir) {
        if (name.contains("/")) {
            Path p = workDir.resolve(name);
            if (!Files.exists(p)) {
                throw notFound(name, "stat " + name + ": no such file or directory");
            }
            if (Files.isDirectory(p) || !Files.isExecutable(p)) {
                throw notFound(name, "permission denied");
            }
            return p;
        }
        if (!name.isEmpty()) {
            for (String dir : pathVar.split(":", -1)) {
                Path p = workDir.resolve(dir.isEmpty() ? "." : dir).resolve(name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        throw notFound(name, "executable file not found in $PATH");
    }

    private static Helm4jException notFound(String name, String why) {
        return new Helm4jException("unable to find binary at " + name + ": exec: \"" + name + "\": " + why);
    }

    @Override
    public String run(String renderedManifests) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(args);
        Process process = new ProcessBuilder(command).start();
        Thread feeder = Thread.ofVirtual().start(() -> copyAndClose(renderedManifests, process.getOutputStream()));
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Thread errReader = Thread.ofVirtual().start(() -> drain(process.getErrorStream(), stderr));
        byte[] out;
        try (InputStream in = process.getInputStream()) {
            out = in.readAllBytes();
        }
        int exit = process.waitFor();
        feeder.join();
        errReader.join();
        if (exit != 0) {
            throw new Helm4jException("error while running command " + binary + ". error output:\n"
                    + stderr.toString(StandardCharsets.UTF_8) + ": exit status " + exit);
        }
        String result = new String(out, StandardCharsets.UTF_8);
        if (result.isBlank()) {
            throw new Helm4jException("post-renderer \"" + binary + "\" produced empty output");
        }
        return result;
    }

    private static void copyAndClose(String text, OutputStream os) {
        try (os) {
            os.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the command stopped reading (it may not need its input); its exit status tells the rest
        }
    }

    private static void drain(InputStream is, ByteArrayOutputStream sink) {
        try (is) {
            is.transferTo(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
