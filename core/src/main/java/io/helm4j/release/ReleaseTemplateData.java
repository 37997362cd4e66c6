package io.helm4j.release;

import io.helm4j.chart.MetadataObject;
import io.helm4j.gotemplate.GoFmt;
import io.helm4j.gotemplate.GoObject;
import io.helm4j.internal.engine.funcs.GoTimes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.function.Supplier;

/**
 * What {@code helm get all --template} executes its template on: {@code {"Release": *release.Release}}, Helm 4's
 * structs seen field by field by their Go names ({@code .Release.Name}, {@code .Release.Info.Status},
 * {@code .Release.Info.LastDeployed}, {@code .Release.Chart.Metadata.Version}, {@code .Release.Config},
 * {@code range .Release.Hooks}...). Times are Go {@code time.Time}s (printed as Go prints them, with their methods:
 * {@code .Unix}, {@code .Format}...); a release status, hook event or phase is its string (so an error about a field
 * of one names the type {@code string} where Go names {@code common.Status}).
 */
public final class ReleaseTemplateData {
    private ReleaseTemplateData() {
    }

    /** The template's data for {@code release}. */
    public static Map<String, Object> of(Release release) {
        return Map.of("Release", release(release));
    }

    /**
     * How fmt and text/template print a struct: a pointer to one (fmt's default: no fields given), a pointer whose
     * fields fmt prints ({@code &{...}}) and text/template follows ({@code {...}}), or a struct value ({@code {...}}).
     */
    private enum Printed { POINTER, FOLLOWED_POINTER, VALUE }

    /**
     * A Go struct of type {@code goTypeName}: its fields by Go name in declaration order, how it prints, and its
     * methods without arguments.
     */
    private record Struct(String goTypeName, SequencedMap<String, Object> fields, Printed printed,
            Map<String, Supplier<Object>> methods) implements GoObject {
        Struct(String goTypeName, Printed printed, Object... namesAndValues) {
            this(goTypeName, fields(namesAndValues), printed, Map.of());
        }

        private static SequencedMap<String, Object> fields(Object... namesAndValues) {
            SequencedMap<String, Object> f = new LinkedHashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                f.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
            return f;
        }

        Struct withMethods(Map<String, Supplier<Object>> more) {
            return new Struct(goTypeName, fields, printed, more);
        }

        @Override
        public boolean hasField(String name) {
            return fields.containsKey(name);
        }

        @Override
        public Object field(String name) {
            return fields.get(name);
        }

        @Override
        public boolean hasMethod(String name) {
            return methods.containsKey(name);
        }

        @Override
        public Object callMethod(String name, List<Object> args) {
            Supplier<Object> m = methods.get(name);
            return m == null ? GoObject.super.callMethod(name, args) : m.get();
        }

        @Override
        public SequencedMap<String, Object> structFields() {
            return printed == Printed.POINTER ? null : fields;
        }

        /** text/template follows the pointer: {@code {...}}, where fmt prints {@code &{...}}. */
        @Override
        public String templateText() {
            return printed != Printed.FOLLOWED_POINTER ? null
                    : GoFmt.sprintf("%v", new Struct(goTypeName.substring(1), fields, Printed.VALUE, Map.of()));
        }
    }

    private static Struct release(Release r) {
        List<Object> hooks = new ArrayList<>();
        r.hooks().forEach(h -> hooks.add(hook(h)));
        return new Struct("*v1.Release", Printed.POINTER,
                "Name", r.name(),
                "Info", r.info() == null ? null : info(r.info()),
                "Chart", r.chart() == null ? null : chart(r.chart()),
                "Config", r.config(),
                "Manifest", r.manifest(),
                "Hooks", hooks,
                "Version", r.version(),
                "Namespace", r.namespace(),
                "Labels", r.labels(),
                "ApplyMethod", r.applyMethod() == null ? "" : r.applyMethod());
    }

    private static Struct info(ReleaseInfo i) {
        return new Struct("*v1.Info", Printed.FOLLOWED_POINTER,
                "FirstDeployed", GoTimes.of(i.firstDeployed()),
                "LastDeployed", GoTimes.of(i.lastDeployed()),
                "Deleted", GoTimes.of(i.deleted()),
                "Description", nz(i.description()),
                "Status", i.status() == null ? "" : i.status().label(),
                "RollbackRevision", i.rollbackRevision(),
                "Notes", nz(i.notes()),
                "Resources", Map.of());
    }

    private static Struct chart(ReleaseChart c) {
        return new Struct("*v2.Chart", Printed.POINTER,
                "Metadata", c.metadata() == null ? null : MetadataObject.of(c.metadata()),
                "Templates", files(c.templates()),
                "Values", c.values(),
                "Schema", c.schema(),
                "SchemaModTime", GoTimes.of(c.schemaModTime()),
                "Files", files(c.files()),
                "ModTime", GoTimes.of(c.modTime()))
                .withMethods(Map.of(
                        "Name", () -> c.metadata() == null ? "" : nz(c.metadata().name()),
                        "AppVersion", () -> c.metadata() == null ? "" : nz(c.metadata().appVersion()),
                        "IsRoot", () -> Boolean.TRUE)); // a release keeps the top chart only
    }

    private static List<Object> files(List<ReleaseFile> files) {
        List<Object> out = new ArrayList<>();
        if (files != null) {
            files.forEach(file -> out.add(new Struct("*common.File", Printed.POINTER,
                    "Name", file.name(), "ModTime", GoTimes.of(file.modTime()), "Data", file.data())));
        }
        return out;
    }

    private static Struct hook(ReleaseHook h) {
        Hook k = h.hook();
        List<Object> events = new ArrayList<>();
        k.events().forEach(e -> events.add(e.annotationName()));
        HookExecution run = h.lastRun() == null ? HookExecution.NEVER : h.lastRun();
        return new Struct("*v1.Hook", Printed.POINTER,
                "Name", k.name(),
                "Kind", k.kind(),
                "Path", k.path(),
                "Manifest", k.manifest(),
                "Events", events,
                "LastRun", new Struct("v1.HookExecution", Printed.VALUE,
                        "StartedAt", GoTimes.of(run.startedAt()),
                        "CompletedAt", GoTimes.of(run.completedAt()),
                        "Phase", run.phase() == null ? "" : run.phase().label()),
                "Weight", k.weight(),
                "DeletePolicies", k.deletePolicies() == null ? List.of() : k.deletePolicies(),
                "OutputLogPolicies", k.outputLogPolicies() == null ? List.of() : k.outputLogPolicies());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
