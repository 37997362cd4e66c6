package io.helm4j.release;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * json.Marshal of a release as Helm writes it: Go's struct field order, its omitempty and omitzero
 * rules, maps with sorted keys, []byte in base64, times as RFC 3339 with nanoseconds, and the HTML
 * characters escaped. The record's {@link RecordFormat} chooses Helm 3's or Helm 4's structs.
 */
final class ReleaseJsonWriter {
    private final boolean helm3;

    private ReleaseJsonWriter(RecordFormat format) {
        this.helm3 = format == RecordFormat.HELM3;
    }

    static String write(Release r) {
        StringBuilder b = new StringBuilder(8192);
        new ReleaseJsonWriter(r.format()).release(b, r);
        return b.toString();
    }

    private void release(StringBuilder b, Release r) {
        JsonFields f = new JsonFields(b).stringOmitEmpty("name", r.name());
        if (r.info() != null) {
            info(f.name("info"), r.info());
        }
        if (r.chart() != null) {
            chart(f.name("chart"), r.chart());
        }
        if (r.config() != null && !r.config().isEmpty()) {
            f.value("config", r.config());
        }
        f.stringOmitEmpty("manifest", r.manifest());
        if (!r.hooks().isEmpty()) {
            StringBuilder out = f.name("hooks").append('[');
            for (int i = 0; i < r.hooks().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                hook(out, r.hooks().get(i));
            }
            out.append(']');
        }
        f.intOmitEmpty("version", r.version()).stringOmitEmpty("namespace", r.namespace());
        if (!helm3) {
            f.stringOmitEmpty("apply_method", r.applyMethod());
        }
        f.end();
    }

    private void time(JsonFields f, String name, OffsetDateTime t) {
        if (helm3) {
            f.name(name).append('"').append(GoTime.isZero(t) ? "" : GoTime.format(t)).append('"');
        } else if (!GoTime.isZero(t)) {
            f.name(name).append('"').append(GoTime.format(t)).append('"');
        }
    }

    private void info(StringBuilder b, ReleaseInfo i) {
        JsonFields f = new JsonFields(b);
        time(f, "first_deployed", i.firstDeployed());
        time(f, "last_deployed", i.lastDeployed());
        time(f, "deleted", i.deleted());
        f.stringOmitEmpty("description", i.description());
        f.stringOmitEmpty("status", i.status() == null ? "" : i.status().label());
        if (!helm3) {
            f.intOmitEmpty("rollback_revision", i.rollbackRevision());
        }
        f.stringOmitEmpty("notes", i.notes());
        if (i.resources() != null && !i.resources().isEmpty()) {
            f.value("resources", i.resources());
        }
        f.end();
    }

    private void chart(StringBuilder b, ReleaseChart c) {
        JsonFields f = new JsonFields(b);
        StringBuilder out = f.name("metadata");
        if (c.metadata() == null) {
            out.append("null");
        } else {
            ChartJson.metadata(out, c.metadata());
        }
        out = f.name("lock");
        if (c.lock() == null) {
            out.append("null");
        } else {
            ChartJson.lock(out, c.lock());
        }
        files(f.name("templates"), c.templates());
        f.value("values", c.values());
        f.bytes("schema", c.schema());
        if (!helm3) {
            f.name("schemamodtime").append('"').append(GoTime.format(c.schemaModTime())).append('"');
        }
        files(f.name("files"), c.files());
        if (!helm3 && !GoTime.isZero(c.modTime())) {
            f.name("modtime").append('"').append(GoTime.format(c.modTime())).append('"');
        }
        f.end();
    }

    private void files(StringBuilder b, List<ReleaseFile> files) {
        if (files == null) {
            b.append("null");
            return;
        }
        b.append('[');
        for (int i = 0; i < files.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            ReleaseFile file = files.get(i);
            if (file == null) {
                b.append("null");
                continue;
            }
            JsonFields f = new JsonFields(b).string("name", file.name()).bytes("data", file.data());
            if (!helm3 && !GoTime.isZero(file.modTime())) {
                f.name("modtime").append('"').append(GoTime.format(file.modTime())).append('"');
            }
            f.end();
        }
        b.append(']');
    }

    private void hook(StringBuilder b, ReleaseHook rh) {
        Hook h = rh.hook();
        JsonFields f = new JsonFields(b).stringOmitEmpty("name", h.name()).stringOmitEmpty("kind", h.kind())
                .stringOmitEmpty("path", h.path()).stringOmitEmpty("manifest", h.manifest());
        if (h.events() != null && !h.events().isEmpty()) {
            List<String> events = new ArrayList<>();
            h.events().forEach(e -> events.add(e.annotationName()));
            f.value("events", events);
        }
        HookExecution run = rh.lastRun();
        JsonFields lr = new JsonFields(f.name("last_run"));
        time(lr, "started_at", run.startedAt());
        time(lr, "completed_at", run.completedAt());
        lr.string("phase", run.phase() == null ? "" : run.phase().label());
        lr.end();
        f.intOmitEmpty("weight", h.weight());
        if (h.deletePolicies() != null && !h.deletePolicies().isEmpty()) {
            f.value("delete_policies", h.deletePolicies());
        }
        if (h.outputLogPolicies() != null && !h.outputLogPolicies().isEmpty()) {
            f.value("output_log_policies", h.outputLogPolicies());
        }
        f.end();
    }
}
