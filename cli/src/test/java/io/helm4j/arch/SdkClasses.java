package io.helm4j.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the compiled classes of the SDK modules (gotemplate and core), from a classes folder or a jar. */
final class SdkClasses {
    private SdkClasses() {
    }

    static List<ClassModel> load() {
        List<ClassModel> out = new ArrayList<>();
        out.addAll(loadCore());
        out.addAll(loadGotemplate());
        return out;
    }

    /** The compiled classes of the core module (the SDK). */
    static List<ClassModel> loadCore() {
        return loadFrom(io.helm4j.Helm4jException.class);
    }

    /** The compiled classes of the gotemplate module. */
    static List<ClassModel> loadGotemplate() {
        return loadFrom(io.helm4j.gotemplate.Template.class);
    }

    /** The compiled classes of the CLI module (io.helm4j.cli). */
    static List<ClassModel> loadCli() {
        return loadFrom(io.helm4j.cli.Main.class);
    }

    private static List<ClassModel> loadFrom(Class<?> anchor) {
        try {
            Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(root)) {
                return parseAll(root);
            }
            try (FileSystem fs = FileSystems.newFileSystem(root)) {
                return parseAll(fs.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ClassModel> parseAll(Path root) throws IOException {
        List<ClassModel> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".class")).toList()) {
                if (p.getFileName().toString().equals("module-info.class")) {
                    continue;
                }
                out.add(ClassFile.of().parse(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
    }
}
