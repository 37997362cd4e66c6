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

    /**
     * A {@code *semver.Version} as templates see it, or ({@code pointer} false) the {@code semver.Version} value
     * that IncMajor and the other value methods return, whose method set lacks the pointer methods.
     */
    record Version(SemVersion v, boolean pointer) implements GoObject, io.helm4j.yaml.GoJsonValue {
        /** Masterminds v3.5.0's methods with a value receiver. */
        private static final Set<String> VALUE_METHODS = Set.of("Major", "Minor", "Patch", "Prerelease", "Metadata",
                "String", "IncMajor", "IncMinor", "IncPatch", "SetPrerelease", "SetMetadata", "MarshalJSON",
                "MarshalText", "Value");
        /** Those with a pointer receiver (UnmarshalJSON, UnmarshalText and Scan are not modelled). */
        private static final Set<String> POINTER_METHODS = Set.of("Original", "Compare", "LessThan", "LessThanEqual",
                "GreaterThan", "GreaterThanEqual", "Equal");

        Version(SemVersion v) {
            this(v, true);
        }

        @Override
        public String goTypeName() {
            return pointer ? "*semver.Version" : "semver.Version";
        }

        /** Masterminds' MarshalJSON: the version's String, as a JSON string (so toJson and toYaml write it). */
        @Override
        public Object jsonValue() {
            return formatValue();
        }

        @Override
        public boolean hasMethod(String name) {
            return VALUE_METHODS.contains(name) || pointer && POINTER_METHODS.contains(name);
        }

        /** The comparisons take a {@code *semver.Version}, SetPrerelease and SetMetadata a string; the others nothing. */
        @Override
        public String methodParams(String name) {
            return switch (name) {
                case "Compare", "LessThan", "LessThanEqual", "GreaterThan", "GreaterThanEqual", "Equal" ->
                        "*semver.Version";
                case "SetPrerelease", "SetMetadata" -> "string";
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
                case "LessThanEqual" -> v.compareTo(other(args)) <= 0;
                case "GreaterThanEqual" -> v.compareTo(other(args)) >= 0;
                case "IncMajor" -> new Version(v.incMajor(), false);
                case "IncMinor" -> new Version(v.incMinor(), false);
                case "IncPatch" -> new Version(v.incPatch(), false);
                // (Version, error): the error fails the call, as text/template does
                case "SetPrerelease" -> new Version(v.withPrerelease(str(args.getFirst())), false);
                case "SetMetadata" -> new Version(v.withMetadata(str(args.getFirst())), false);
                case "MarshalJSON" -> io.helm4j.gostd.GoStrings.bytes("\"" + formatValue() + "\"");
                case "MarshalText" -> io.helm4j.gostd.GoStrings.bytes(formatValue());
                case "Value" -> formatValue();
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
            return new Version(SemVersion.zero(), pointer);
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
