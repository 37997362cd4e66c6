package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.FuncMap;
import io.helm4j.gotemplate.GoObject;
import io.helm4j.internal.semver.SemConstraint;
import io.helm4j.internal.semver.SemVersion;

import java.util.List;
import java.util.Set;

import static io.helm4j.internal.engine.funcs.Args.str;

/** Sprig's semver and semverCompare over {@link SemVersion} and {@link SemConstraint}. */
final class SemverFunctions implements Area {
    private SemverFunctions() {
    }

    static void register(FuncMap f) {
        Area area = new SemverFunctions();
        f.put("semver", "string", new Area.Named("semver", area));
        f.put("semverCompare", "string, string", new Area.Named("semverCompare", area));
    }

    /** A {@code *semver.Version} as templates see it. */
    record Version(SemVersion v) implements GoObject, io.helm4j.yaml.GoJsonValue {
        private static final Set<String> METHODS = Set.of("Major", "Minor", "Patch", "Prerelease", "Metadata",
                "Original", "String", "Compare", "LessThan", "GreaterThan", "Equal");

        @Override
        public String goTypeName() {
            return "*semver.Version";
        }

        /** Masterminds' MarshalJSON: the version's String, as a JSON string (so toJson and toYaml write it). */
        @Override
        public Object jsonValue() {
            return formatValue();
        }

        @Override
        public boolean hasMethod(String name) {
            return METHODS.contains(name);
        }

        /** Compare, LessThan, GreaterThan and Equal take a {@code *semver.Version}; the others nothing. */
        @Override
        public String methodParams(String name) {
            return switch (name) {
                case "Compare", "LessThan", "GreaterThan", "Equal" -> "*semver.Version";
                default -> "";
            };
        }

        @Override
        public Object callMethod(String name, List<Object> args) {
            return switch (name) {
                case "Major" -> io.helm4j.gotemplate.GoInteger.uint64(v.major());
                case "Minor" -> io.helm4j.gotemplate.GoInteger.uint64(v.minor());
                case "Patch" -> io.helm4j.gotemplate.GoInteger.uint64(v.patch());
                case "Prerelease" -> v.prerelease();
                case "Metadata" -> v.metadata();
                case "Original" -> v.original();
                case "String" -> formatValue();
                case "Compare" -> v.compareTo(other(args));
                case "LessThan" -> v.compareTo(other(args)) < 0;
                case "GreaterThan" -> v.compareTo(other(args)) > 0;
                case "Equal" -> v.compareTo(other(args)) == 0;
                default -> throw new IllegalStateException("can't evaluate method " + name);
            };
        }

        private static SemVersion other(List<Object> args) {
            if (args.size() == 1 && args.getFirst() instanceof Version o) {
                return o.v;
            }
            throw Args.wrong("*semver.Version", args.isEmpty() ? null : args.getFirst());
        }

        /** Masterminds' String is a method of the pointer: fmt calls it, but {@code %#v} prints the fields. */
        @Override
        public boolean stringer() {
            return true;
        }

        /** semver.Version's fields, all unexported, as {@code %#v} prints them. */
        @Override
        public java.util.SequencedMap<String, Object> structFields() {
            java.util.SequencedMap<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("major", io.helm4j.gotemplate.GoInteger.uint64(v.major()));
            m.put("minor", io.helm4j.gotemplate.GoInteger.uint64(v.minor()));
            m.put("patch", io.helm4j.gotemplate.GoInteger.uint64(v.patch()));
            m.put("pre", v.prerelease());
            m.put("metadata", v.metadata());
            m.put("original", v.original());
            return m;
        }

        /** copystructure cannot set unexported fields: a deepCopy is the zero version 0.0.0. */
        @Override
        public Object copyStructure(java.util.function.UnaryOperator<Object> deepCopy) {
            return new Version(SemVersion.zero());
        }

        @Override
        public String formatValue() {
            StringBuilder sb = new StringBuilder().append(v.major()).append('.').append(v.minor()).append('.')
                    .append(v.patch());
            if (!v.prerelease().isEmpty()) {
                sb.append('-').append(v.prerelease());
            }
            if (!v.metadata().isEmpty()) {
                sb.append('+').append(v.metadata());
            }
            return sb.toString();
        }
    }

    @Override
    public Object call(String name, Object[] a) {
        switch (name) {
            case "semver" -> {
                return new Version(SemVersion.parse(str(a[0])));
            }
            case "semverCompare" -> {
                String constraint = str(a[0]);
                String version = str(a[1]);
                SemConstraint c = SemConstraint.parse(constraint);
                return c.check(SemVersion.parse(version));
            }
            default -> throw new IllegalArgumentException(name);
        }
    }
}
