package io.helm4j.release;

import io.helm4j.chart.MetadataObject;
import io.helm4j.gotemplate.GoObject;
import io.helm4j.internal.engine.funcs.GoTimes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

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
        return Map.of("Release", new GoRelease(release));
    }

    /** A Go struct of named fields in declaration order. */
    private interface GoStruct extends GoObject {
        SequencedMap<String, Object> fields();

        @Override
        default boolean hasField(String name) {
            return fields().containsKey(name);
        }

        @Override
        default Object field(String name) {
            return fields().get(name);
        }
    }

    private record GoRelease(Release r) implements GoStruct {
        @Override
        public String goTypeName() {
            return "*v1.Release";
        }

        @Override
        public SequencedMap<String, Object> fields() {
            SequencedMap<String, Object> f = new LinkedHashMap<>();
            f.put("Name", r.name());
            f.put("Info", r.info() == null ? null : new GoInfo(r.info()));
            f.put("Chart", r.chart() == null ? null : new GoChart(r.chart()));
            f.put("Config", r.config());
            f.put("Manifest", r.manifest());
            List<Object> hooks = new ArrayList<>();
            r.hooks().forEach(h -> hooks.add(new GoHook(h)));
            f.put("Hooks", hooks);
            f.put("Version", r.version());
            f.put("Namespace", r.namespace());
            f.put("Labels", r.labels());
            f.put("ApplyMethod", r.applyMethod() == null ? "" : r.applyMethod());
            return f;
        }
    }

    private record GoInfo(ReleaseInfo i) implements GoStruct {
        @Override
        public String goTypeName() {
            return "*v1.Info";
        }

        @Override
        public SequencedMap<String, Object> fields() {
            SequencedMap<String, Object> f = new LinkedHashMap<>();
            f.put("FirstDeployed", GoTimes.of(i.firstDeployed()));
            f.put("LastDeployed", GoTimes.of(i.lastDeployed()));
            f.put("Deleted", GoTimes.of(i.deleted()));
            f.put("Description", nz(i.description()));
            f.put("Status", i.status() == null ? "" : i.status().label());
            f.put("RollbackRevision", i.rollbackRevision());
            f.put("Notes", nz(i.notes()));
            f.put("Resources", Map.of());
            return f;
        }

        @Override
        public SequencedMap<String, Object> structFields() {
            return fields();
        }

        /** text/template follows the pointer: {@code {...}}, where fmt prints {@code &{...}}. */
        @Override
        public String templateText() {
            return io.helm4j.gotemplate.GoFmt.sprintf("%v", new Value("v1.Info", fields()));
        }
    }

    /** A struct value (not a pointer) of {@code type} with {@code fields}, for printing. */
    private record Value(String type, SequencedMap<String, Object> fields) implements GoStruct {
        @Override
        public String goTypeName() {
            return type;
        }

        @Override
        public SequencedMap<String, Object> structFields() {
            return fields;
        }
    }

    private record GoChart(ReleaseChart c) implements GoStruct {
        @Override
        public String goTypeName() {
            return "*v2.Chart";
        }

        @Override
        public boolean hasMethod(String name) {
            return name.equals("Name") || name.equals("AppVersion") || name.equals("IsRoot");
        }

        @Override
        public Object callMethod(String name, List<Object> args) {
            return switch (name) {
                case "Name" -> c.metadata() == null ? "" : nz(c.metadata().name());
                case "AppVersion" -> c.metadata() == null ? "" : nz(c.metadata().appVersion());
                default -> Boolean.TRUE; // IsRoot: a release keeps the top chart only
            };
        }

        @Override
        public SequencedMap<String, Object> fields() {
            SequencedMap<String, Object> f = new LinkedHashMap<>();
            f.put("Metadata", c.metadata() == null ? null : MetadataObject.of(c.metadata()));
            f.put("Templates", files(c.templates()));
            f.put("Values", c.values());
            f.put("Schema", c.schema());
            f.put("SchemaModTime", GoTimes.of(c.schemaModTime()));
            f.put("Files", files(c.files()));
            f.put("ModTime", GoTimes.of(c.modTime()));
            return f;
        }

        private static List<Object> files(List<ReleaseFile> files) {
            List<Object> out = new ArrayList<>();
            if (files != null) {
                files.forEach(file -> out.add(new GoFile(file)));
            }
            return out;
        }
    }

    private record GoFile(ReleaseFile file) implements GoStruct {
        @Override
        public String goTypeName() {
            return "*common.File";
        }

        @Override
        public SequencedMap<String, Object> fields() {
            SequencedMap<String, Object> f = new LinkedHashMap<>();
            f.put("Name", file.name());
            f.put("ModTime", GoTimes.of(file.modTime()));
            f.put("Data", file.data());
            return f;
        }
    }

    private record GoHook(ReleaseHook h) implements GoStruct {
        @Override
        public String goTypeName() {
            return "*v1.Hook";
        }

        @Override
        public SequencedMap<String, Object> fields() {
            Hook k = h.hook();
            SequencedMap<String, Object> f = new LinkedHashMap<>();
            f.put("Name", k.name());
            f.put("Kind", k.kind());
            f.put("Path", k.path());
            f.put("Manifest", k.manifest());
            List<Object> events = new ArrayList<>();
            k.events().forEach(e -> events.add(e.annotationName()));
            f.put("Events", events);
            f.put("LastRun", new GoHookExecution(h.lastRun() == null ? HookExecution.NEVER : h.lastRun()));
            f.put("Weight", k.weight());
            f.put("DeletePolicies", k.deletePolicies() == null ? List.of() : k.deletePolicies());
            f.put("OutputLogPolicies", k.outputLogPolicies() == null ? List.of() : k.outputLogPolicies());
            return f;
        }
    }

    private record GoHookExecution(HookExecution e) implements GoStruct {
        @Override
        public String goTypeName() {
            return "v1.HookExecution";
        }

        @Override
        public SequencedMap<String, Object> fields() {
            SequencedMap<String, Object> f = new LinkedHashMap<>();
            f.put("StartedAt", GoTimes.of(e.startedAt()));
            f.put("CompletedAt", GoTimes.of(e.completedAt()));
            f.put("Phase", e.phase() == null ? "" : e.phase().label());
            return f;
        }

        @Override
        public SequencedMap<String, Object> structFields() {
            return fields();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
