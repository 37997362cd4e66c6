package io.helm4j.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.classfile.Annotation;
import java.lang.classfile.Attribute;
import java.lang.classfile.ClassModel;
import java.lang.classfile.FieldModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.RuntimeInvisibleAnnotationsAttribute;
import java.lang.classfile.attribute.RuntimeInvisibleParameterAnnotationsAttribute;
import java.lang.classfile.attribute.RuntimeVisibleAnnotationsAttribute;
import java.lang.classfile.attribute.RuntimeVisibleParameterAnnotationsAttribute;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.FieldRefEntry;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.AccessFlag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The design rules of STYLE.md, checked over the compiled SDK classes. */
class ArchitectureTest {
    private static List<ClassModel> classes;

    @BeforeAll
    static void load() {
        classes = SdkClasses.load();
        assertThat(classes).hasSizeGreaterThan(10);
    }

    /** Packages whose public types make up the SDK's API (internal packages are excluded). */
    private static boolean isApiPackage(String pkg) {
        return pkg.startsWith("io.helm4j") && !pkg.contains(".internal");
    }

    private static boolean isPublicType(ClassModel c) {
        return c.flags().has(AccessFlag.PUBLIC) && !c.thisClass().asInternalName().contains("$")
                || c.flags().has(AccessFlag.PUBLIC) && isPublicNested(c);
    }

    private static boolean isPublicNested(ClassModel c) {
        // nested types: their own PUBLIC flag is in the InnerClasses attribute; treat them as public if flagged
        return c.thisClass().asInternalName().contains("$");
    }

    private static boolean allowedInApi(ClassDesc d) {
        while (d.isArray()) {
            d = d.componentType();
        }
        if (d.isPrimitive()) {
            return true;
        }
        String pkg = d.packageName();
        return pkg.startsWith("java.") || pkg.startsWith("io.helm4j") && !isInternal(pkg);
    }

    @Test
    void noThirdPartyTypeAppearsInAPublicSdkSignature() {
        List<String> violations = new ArrayList<>();
        for (ClassModel c : classes) {
            String pkg = SdkClasses.packageOf(c.thisClass().asInternalName());
            if (!isApiPackage(pkg) || !isPublicType(c)) {
                continue;
            }
            String owner = c.thisClass().asInternalName();
            c.superclass().ifPresent(s -> {
                if (!allowedInApi(s.asSymbol())) {
                    violations.add(owner + " extends " + s.asInternalName());
                }
            });
            for (ClassEntry i : c.interfaces()) {
                if (!allowedInApi(i.asSymbol())) {
                    violations.add(owner + " implements " + i.asInternalName());
                }
            }
            for (MethodModel m : c.methods()) {
                if (!(m.flags().has(AccessFlag.PUBLIC) || m.flags().has(AccessFlag.PROTECTED))
                        || m.flags().has(AccessFlag.SYNTHETIC)) {
                    continue;
                }
                MethodTypeDesc t = m.methodTypeSymbol();
                List<ClassDesc> types = new ArrayList<>(t.parameterList());
                types.add(t.returnType());
                for (ClassDesc d : types) {
                    if (!allowedInApi(d)) {
                        violations.add(owner + "." + m.methodName().stringValue() + " uses " + d.descriptorString());
                    }
                }
            }
            for (FieldModel f : c.fields()) {
                if ((f.flags().has(AccessFlag.PUBLIC) || f.flags().has(AccessFlag.PROTECTED))
                        && !allowedInApi(f.fieldTypeSymbol())) {
                    violations.add(owner + "." + f.fieldName().stringValue() + " is " + f.fieldTypeSymbol().descriptorString());
                }
            }
        }
        assertThat(violations).as("third-party or internal types in public SDK signatures").isEmpty();
    }

    @Test
    void packagesDoNotDependOnEachOtherInCycles() {
        Map<String, Set<String>> deps = new HashMap<>();
        for (ClassModel c : classes) {
            String pkg = SdkClasses.packageOf(c.thisClass().asInternalName());
            Set<String> out = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
            for (PoolEntry e : c.constantPool()) {
                if (e instanceof ClassEntry ce) {
                    String name = ce.asInternalName();
                    if (name.startsWith("[")) {
                        continue;
                    }
                    String target = SdkClasses.packageOf(name);
                    if (target.startsWith("io.helm4j") && !target.equals(pkg)) {
                        out.add(target);
                    }
                }
            }
        }
        List<String> cycles = new ArrayList<>();
        for (String start : deps.keySet()) {
            findCycle(start, start, deps, new HashSet<>(), new ArrayList<>(List.of(start)), cycles);
        }
        assertThat(cycles).as("package cycles").isEmpty();
    }

    private static void findCycle(String start, String at, Map<String, Set<String>> deps, Set<String> seen,
            List<String> path, List<String> cycles) {
        for (String next : deps.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                cycles.add(String.join(" -> ", path) + " -> " + start);
                return;
            }
            if (seen.add(next) && next.compareTo(start) > 0) {
                path.add(next);
                findCycle(start, next, deps, seen, path, cycles);
                path.remove(path.size() - 1);
            }
        }
    }

    /**
     * One shape for every action (STYLE.md, issue 7): each public class of {@code io.helm4j.action} that is
     * not a record, an enum, an interface, an exception or the {@code ActionContext} itself is a verb
     * {@code X} with one public constructor {@code X(ActionContext)} and a public {@code XResult run(XOptions)},
     * {@code XOptions} and {@code XResult} being records of the same package.
     */
    @Test
    void everyActionIsConstructedFromTheContextAndRunsItsOptionsIntoItsResult() {
        String pkg = "io/helm4j/action/";
        Map<String, ClassModel> byName = new HashMap<>();
        for (ClassModel c : SdkClasses.loadCore()) {
            byName.put(c.thisClass().asInternalName(), c);
        }
        List<String> actions = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        for (ClassModel c : byName.values()) {
            String name = c.thisClass().asInternalName();
            if (!name.startsWith(pkg) || name.substring(pkg.length()).contains("/") || name.contains("$")
                    || !c.flags().has(AccessFlag.PUBLIC) || c.flags().has(AccessFlag.INTERFACE)
                || c.flags().has(AccessFlag.ABSTRACT) // a base of several options builders (WaitingBuilder) is no action
                    || !isPlainClass(c, byName) || name.equals(pkg + "ActionContext")) {
                continue;
            }
            String verb = name.substring(pkg.length());
            actions.add(verb);
            String context = "L" + pkg + "ActionContext;";
            String options = "L" + pkg + verb + "Options;";
            String result = "L" + pkg + verb + "Result;";
            List<String> constructors = new ArrayList<>();
            boolean runs = false;
            for (MethodModel m : c.methods()) {
                if (!m.flags().has(AccessFlag.PUBLIC)) {
                    continue;
                }
                String desc = m.methodType().stringValue();
                if (m.methodName().stringValue().equals("<init>")) {
                    constructors.add(desc);
                } else if (m.methodName().stringValue().equals("run") && desc.equals("(" + options + ")" + result)) {
                    runs = true;
                }
            }
            if (!constructors.equals(List.of("(" + context + ")V"))) {
                violations.add(verb + ": public constructors " + constructors + ", want exactly " + verb
                        + "(ActionContext)");
            }
            if (!runs) {
                violations.add(verb + ": no public " + verb + "Result run(" + verb + "Options)");
            }
            for (String part : List.of(verb + "Options", verb + "Result")) {
                ClassModel p = byName.get(pkg + part);
                if (p == null || !p.superclass().map(s -> s.asInternalName().equals("java/lang/Record")).orElse(false)) {
                    violations.add(verb + ": " + part + " is not a record of io.helm4j.action");
                }
            }
        }
        assertThat(actions).as("actions found").contains("Template", "Create", "Show", "Package", "Lint",
                "DependencyList");
        assertThat(violations).as("actions not in the one shape").isEmpty();
    }

    /** Not a record, an enum or a Throwable (followed up the superclass chain within the SDK). */
    private static boolean isPlainClass(ClassModel c, Map<String, ClassModel> byName) {
        ClassModel at = c;
        while (at != null) {
            String sup = at.superclass().map(ClassEntry::asInternalName).orElse("java/lang/Object");
            if (sup.equals("java/lang/Record") || sup.equals("java/lang/Enum") || sup.endsWith("Exception")
                    || sup.equals("java/lang/Throwable") || sup.equals("java/lang/Error")) {
                return false;
            }
            at = byName.get(sup);
        }
        return true;
    }

    /**
     * An {@code internal} package (any package with an {@code .internal} segment) is used only by its own
     * module: the CLI and embedders see the declared API, so the SDK can change its insides freely.
     */
    @Test
    void internalPackagesAreNotUsedFromOutsideTheirModule() {
        Map<String, List<ClassModel>> modules = Map.of("gotemplate", SdkClasses.loadGotemplate(),
                "core", SdkClasses.loadCore(), "cli", SdkClasses.loadCli());
        Map<String, String> moduleOfPackage = new HashMap<>();
        modules.forEach((module, cs) -> cs.forEach(
                c -> moduleOfPackage.put(SdkClasses.packageOf(c.thisClass().asInternalName()), module)));
        List<String> violations = new ArrayList<>();
        modules.forEach((module, cs) -> {
            for (ClassModel c : cs) {
                for (PoolEntry e : c.constantPool()) {
                    if (!(e instanceof ClassEntry ce) || ce.asInternalName().startsWith("[")) {
                        continue;
                    }
                    String target = SdkClasses.packageOf(ce.asInternalName());
                    if (isInternal(target) && !module.equals(moduleOfPackage.get(target))) {
                        violations.add(module + ": " + c.thisClass().asInternalName() + " uses " + ce.asInternalName());
                    }
                }
            }
        });
        assertThat(violations).as("internal packages used from another module").isEmpty();
    }

    private static boolean isInternal(String pkg) {
        return pkg.startsWith("io.helm4j") && (pkg.contains(".internal.") || pkg.endsWith(".internal"));
    }

    /** Per-thread state hidden from the calls that use it: pass a context object instead. */
    private static final Set<String> THREAD_LOCALS = Set.of("Ljava/lang/ThreadLocal;",
            "Ljava/lang/InheritableThreadLocal;");

    @Test
    void theSdkHoldsNoStaticMutableState() {
        List<String> violations = new ArrayList<>();
        for (ClassModel c : classes) {
            String owner = c.thisClass().asInternalName();
            for (FieldModel f : c.fields()) {
                if (!f.flags().has(AccessFlag.STATIC) || f.flags().has(AccessFlag.SYNTHETIC)) {
                    continue;
                }
                String name = f.fieldName().stringValue();
                if (!f.flags().has(AccessFlag.FINAL)) {
                    violations.add(owner + "." + name + " is static and not final");
                } else if (f.fieldTypeSymbol().isArray() && !name.equals("$VALUES")) {
                    violations.add(owner + "." + name + " is a static array (mutable)");
                } else if (THREAD_LOCALS.contains(f.fieldTypeSymbol().descriptorString())) {
                    violations.add(owner + "." + name + " is a static thread-local (state that should travel with the call)");
                }
            }
        }
        assertThat(violations).as("static mutable state").isEmpty();
    }

    @Test
    void theSdkNeverPrintsToTheConsole() {
        List<String> violations = new ArrayList<>();
        for (ClassModel c : classes) {
            for (PoolEntry e : c.constantPool()) {
                if (e instanceof FieldRefEntry fr && fr.owner().asInternalName().equals("java/lang/System")
                        && (fr.name().stringValue().equals("out") || fr.name().stringValue().equals("err"))) {
                    violations.add(c.thisClass().asInternalName() + " uses System." + fr.name().stringValue());
                }
            }
        }
        assertThat(violations).as("SDK classes writing to System.out/err").isEmpty();
    }

    /**
     * The CLI declares its picocli model in code (io.helm4j.cli.Specs): picocli reads annotations
     * ({@code @Command}, {@code @Option}, {@code @Parameters}, {@code @Mixin}, {@code @Spec}...) by
     * reflection, which costs a tenth of a short command's run.
     */
    @Test
    void theCliUsesNoPicocliAnnotations() {
        List<ClassModel> cli = SdkClasses.loadCli();
        assertThat(cli).extracting(c -> c.thisClass().asInternalName()).contains("io/helm4j/cli/RootCommand");
        List<String> violations = new ArrayList<>();
        for (ClassModel c : cli) {
            String owner = c.thisClass().asInternalName();
            picocliAnnotations(owner, c.attributes(), violations);
            for (FieldModel f : c.fields()) {
                picocliAnnotations(owner + "." + f.fieldName().stringValue(), f.attributes(), violations);
            }
            for (MethodModel m : c.methods()) {
                picocliAnnotations(owner + "." + m.methodName().stringValue() + "()", m.attributes(), violations);
            }
        }
        assertThat(violations).as("picocli annotations in io.helm4j.cli").isEmpty();
    }

    private static void picocliAnnotations(String where, List<Attribute<?>> attributes, List<String> violations) {
        List<Annotation> found = new ArrayList<>();
        for (Attribute<?> a : attributes) {
            switch (a) {
                case RuntimeVisibleAnnotationsAttribute r -> found.addAll(r.annotations());
                case RuntimeInvisibleAnnotationsAttribute r -> found.addAll(r.annotations());
                case RuntimeVisibleParameterAnnotationsAttribute r -> r.parameterAnnotations().forEach(found::addAll);
                case RuntimeInvisibleParameterAnnotationsAttribute r -> r.parameterAnnotations().forEach(found::addAll);
                default -> {
                }
            }
        }
        for (Annotation an : found) {
            if (an.classSymbol().packageName().startsWith("picocli")) {
                violations.add(where + " is annotated @" + an.classSymbol().displayName());
            }
        }
    }
}
