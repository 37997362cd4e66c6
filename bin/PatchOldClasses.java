import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Build step for the launcher's jars (run by bin/build-aot with the JDK's source launcher):
 * rewrites class files older than Java 6 (major version below 50, e.g. picocli's Java 5 classes)
 * to version 50 in place. The JDK's AOT cache skips pre-50 classes, so without this the CLI
 * library loads from the jar on every start. Version 50 changes nothing else: such classes carry
 * no stack maps and the JVM verifies them with the type-inferencing verifier, as before.
 */
public class PatchOldClasses {
    public static void main(String[] args) throws IOException {
        for (String jar : args) {
            patch(Path.of(jar));
        }
    }

    static void patch(Path jar) throws IOException {
        Path tmp = Files.createTempFile(jar.getParent(), "patch", ".jar");
        int patched = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().endsWith(".class") && data.length > 8 && (data[0] & 0xff) == 0xca
                        && (((data[6] & 0xff) << 8) | (data[7] & 0xff)) < 50) {
                    data[6] = 0;
                    data[7] = 50;
                    patched++;
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
        if (patched > 0) {
            Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.delete(tmp);
        }
    }
}
