import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.attribute.StackMapTableAttribute;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Build step for the launcher's jars (run by bin/build-aot with the JDK's source launcher):
 * rewrites class files older than Java 6 (picocli ships Java 5 classes) as Java 8 class files,
 * with the stack map frames the JDK's class-file API computes. The JVM's AOT cache skips classes
 * that need the old type-inferencing verifier, so without this the CLI library would be loaded
 * and verified from the jar on every start. The bytecode itself is unchanged. It also drops jar
 * signatures (BouncyCastle's jars are signed): the AOT cache never holds a class from a signed jar, so
 * a render making certificates loaded some 170 BouncyCastle classes from the jar, verifying each. The
 * JDK checks signatures of JCE provider jars only for its own Cipher/Mac/KeyAgreement services of
 * third-party providers on JDKs that require signed providers; Temurin does not, and helm4j uses
 * BouncyCastle's provider for key factories and signatures only.
 */
public class PatchOldClasses {
    public static void main(String[] args) throws IOException {
        // every jar on the loader: a class's super types may live in another jar (asm-util's in asm)
        URL[] all = new URL[args.length];
        for (int i = 0; i < args.length; i++) {
            all[i] = Path.of(args[i]).toUri().toURL();
        }
        for (String jar : args) {
            try (URLClassLoader loader = new URLClassLoader(all, ClassLoader.getPlatformClassLoader())) {
                patch(Path.of(jar), loader);
            }
        }
    }

    static void patch(Path jar, URLClassLoader loader) throws IOException {
        Path tmp = Files.createTempFile(jar.getParent(), "patch", ".jar");
        int patched = 0;
        {
            ClassFile cf = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(loader))));
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                    ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    byte[] data = in.readAllBytes();
                    if (isSignature(e.getName())) {
                        patched++;
                        continue;
                    }
                    if (e.getName().endsWith(".class") && data.length > 8 && (data[0] & 0xff) == 0xca
                            && (((data[6] & 0xff) << 8) | (data[7] & 0xff)) < 50) {
                        ClassModel model = cf.parse(data);
                        // rebuilding every method body makes the class-file API compute stack maps
                        data = cf.transformClass(model, ClassTransform.dropping(
                                el -> el instanceof java.lang.classfile.ClassFileVersion)
                                .andThen(ClassTransform.transformingMethodBodies(
                                        java.lang.classfile.CodeTransform.ACCEPT_ALL))
                                .andThen(ClassTransform.endHandler(b -> b.withVersion(ClassFile.JAVA_8_VERSION, 0))));
                        patched++;
                    }
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTime(e.getTime());
                    out.putNextEntry(copy);
                    out.write(data);
                    out.closeEntry();
                }
            }
        }
        if (patched > 0) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.delete(tmp);
        }
    }

    /** A jar signature file: the AOT cache skips every class of a signed jar (BouncyCastle's are signed). */
    static boolean isSignature(String name) {
        if (!name.startsWith("META-INF/") || name.indexOf('/', 9) >= 0) {
            return false;
        }
        String n = name.substring(9).toUpperCase(java.util.Locale.ROOT);
        return n.endsWith(".SF") || n.endsWith(".RSA") || n.endsWith(".DSA") || n.endsWith(".EC") || n.startsWith("SIG-");
    }
}
