package io.helm4j.release;

import io.helm4j.yaml.GoYaml;
import io.helm4j.yaml.YamlException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * json.Unmarshal of a release record into Helm's structs: unknown keys are dropped, a missing or
 * null field is its zero value, {@code ""} reads as the zero time (Helm 3 writes it so). The
 * {@link RecordFormat} is recognised from what only one Helm writes: Helm 4 always writes
 * {@code chart.schemamodtime}; Helm 3 always writes the three {@code info} times, {@code ""} when zero.
 */
final class ReleaseJsonReader {
    private ReleaseJsonReader() {
    }

    static Release read(String json) {
        Object doc;
        try {
            doc = GoYaml.fromJson(json);
        } catch (YamlException e) {
            throw new ReleaseCodecException(e.getMessage(), e);
        }
        JsonObject r = JsonObject.of(doc, "Release");
        if (r == null) {
            return new Release("", null, null, null, "", List.of(), 0, "", Map.of(), "", RecordFormat.HELM4);
        }
        JsonObject info = r.object("info");
        JsonObject chart = r.object("chart");
        List<ReleaseHook> hooks = new ArrayList<>();
        List<Object> hs = r.list("hooks");
        if (hs != null) {
            for (Object h : hs) {
                JsonObject ho = JsonObject.of(h, "Release.hooks");
                if (ho == null) {
                    throw new ReleaseCodecException("a null hook in Release.hooks");
                }
                hooks.add(hook(ho));
            }
        }
        return new Release(r.string("name"), info(info), chart(chart), r.map("config"), r.string("manifest"), hooks,
                r.integer("version"), r.string("namespace"), Map.of(), r.string("apply_method"), format(info, chart));
    }

    private static RecordFormat format(JsonObject info, JsonObject chart) {
        if (chart != null) {
            return chart.has("schemamodtime") ? RecordFormat.HELM4 : RecordFormat.HELM3;
        }
        if (info != null && info.has("first_deployed") && info.has("last_deployed") && info.has("deleted")
                && ("".equals(info.raw("first_deployed")) || "".equals(info.raw("deleted")))) {
            return RecordFormat.HELM3;
        }
        return RecordFormat.HELM4;
    }

    @SuppressWarnings("unchecked")
    private static ReleaseInfo info(JsonObject i) {
        if (i == null) {
            return null;
        }
        String status = i.string("status");
        ReleaseStatus st = status.isEmpty() ? null : ReleaseStatus.fromLabel(status);
        if (st == null && !status.isEmpty()) {
            throw new ReleaseCodecException("unknown release status \"" + status + "\" in Info.status");
        }
        Map<String, List<Object>> resources = null;
        JsonObject res = i.object("resources");
        if (res != null) {
            resources = new LinkedHashMap<>();
            for (String k : res.keys()) {
                resources.put(k, res.list(k));
            }
        }
        return new ReleaseInfo(GoTime.parse(i.string("first_deployed"), "Info.first_deployed"),
                GoTime.parse(i.string("last_deployed"), "Info.last_deployed"),
                GoTime.parse(i.string("deleted"), "Info.deleted"), i.string("description"), st,
                i.integer("rollback_revision"), i.string("notes"), resources);
    }

    private static ReleaseChart chart(JsonObject c) {
        if (c == null) {
            return null;
        }
        return new ReleaseChart(ChartJson.readMetadata(c.object("metadata")), ChartJson.readLock(c.object("lock")),
                files(c.list("templates"), "Chart.templates"), c.map("values"), c.bytes("schema"),
                GoTime.parse(c.string("schemamodtime"), "Chart.schemamodtime"), files(c.list("files"), "Chart.files"),
                GoTime.parse(c.string("modtime"), "Chart.modtime"));
    }

    private static List<ReleaseFile> files(List<Object> list, String where) {
        if (list == null) {
            return null;
        }
        List<ReleaseFile> out = new ArrayList<>(list.size());
        for (Object o : list) {
            JsonObject f = JsonObject.of(o, where);
            out.add(f == null ? null
                    : new ReleaseFile(f.string("name"), f.bytes("data"), GoTime.parse(f.string("modtime"), where)));
        }
        return out;
    }

    private static ReleaseHook hook(JsonObject h) {
        List<HookEvent> events = null;
        List<String> names = h.strings("events");
        if (names != null) {
            events = new ArrayList<>();
            for (String n : names) {
                events.add(HookEvent.parse(n).orElseThrow(
                        () -> new ReleaseCodecException("unknown hook event \"" + n + "\" in Hook.events")));
            }
        }
        Hook hook = new Hook(h.string("name"), h.string("kind"), h.string("path"), h.string("manifest"), events,
                h.integer("weight"), h.strings("delete_policies"), h.strings("output_log_policies"));
        JsonObject run = h.object("last_run");
        HookExecution exec = HookExecution.NEVER;
        if (run != null) {
            String phase = run.string("phase");
            HookPhase p = phase.isEmpty() ? null : HookPhase.fromLabel(phase);
            if (p == null && !phase.isEmpty()) {
                throw new ReleaseCodecException("unknown hook phase \"" + phase + "\" in HookExecution.phase");
            }
            exec = new HookExecution(GoTime.parse(run.string("started_at"), "HookExecution.started_at"),
                    GoTime.parse(run.string("completed_at"), "HookExecution.completed_at"), p);
        }
        return new ReleaseHook(hook, exec);
    }
}
