package io.helm4j.diff;

import io.helm4j.gostd.Strconv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change set as text, in the helm-diff plugin's output formats, so scripts written for the plugin read
 * helm4j's unchanged: {@code diff} (each object's YAML as a line diff with {@code context} lines around each
 * change, all when negative), {@code simple} (one line per object and the plan line), {@code json} and
 * {@code template} (the plugin's default template: {@code api}, {@code kind}, {@code namespace},
 * {@code name}, {@code change}) and {@code structured} (the newest plugin's JSON, {@code changeType},
 * {@code resourceStatus}, {@code changes[]}: {@link HelmDiffStructured}).
 */
public final class ChangeSetFormat {
    private ChangeSetFormat() {
    }

    /** The output formats. */
    public static final List<String> FORMATS = List.of("diff", "simple", "json", "template", "structured");

    public static String render(ChangeSet set, String format, int context) {
        return switch (format) {
            case "simple" -> simple(set);
            case "json", "template" -> json(set);
            case "structured" -> HelmDiffStructured.render(set);
            default -> diff(set, context);
        };
    }

    /**
     * Whether the change set, shown in {@code format}, lists any object: what {@code --detailed-exitcode} answers
     * with 2, as the helm-diff plugin's is 2 exactly when its report has an entry. Every format lists every change,
     * but {@code structured}, which (as the plugin's) leaves out a change whose JSON merge patch is empty (the text of
     * an object changed, its content did not: quoting, indentation, the order of keys).
     */
    public static boolean listsChanges(ChangeSet set, String format) {
        return format.equals("structured") ? HelmDiffStructured.listsAny(set) : set.hasChanges();
    }

    static String diff(ChangeSet set, int context) {
        StringBuilder sb = new StringBuilder();
        for (ResourceChange c : set.changes()) {
            sb.append(c.key()).append(' ').append(switch (c.type()) {
                case ADD -> "has been added:";
                case REMOVE -> "has been removed:";
                case MODIFY -> "has changed:";
                case REPLACE -> "has changed, and must be replaced (an immutable field changes):";
            }).append('\n');
            if (c.suppressed()) {
                sb.append("+ Changes suppressed on sensitive content of type ").append(c.ref().gvk().kind()).append('\n');
            } else {
                lines(sb, LineDiff.diff(c.before(), c.after()), context);
            }
            for (FieldConflict f : c.conflicts()) {
                sb.append("! conflict: ").append(f.field()).append(" is owned by ").append(Strconv.quote(f.manager()))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    private static void lines(StringBuilder sb, List<LineDiff.Line> lines, int context) {
        int[] distance = distances(lines);
        boolean omitting = false;
        for (int i = 0; i < lines.size(); i++) {
            if (context >= 0 && distance[i] > context) {
                if (!omitting) {
                    sb.append("...\n");
                    omitting = true;
                }
                continue;
            }
            omitting = false;
            LineDiff.Line l = lines.get(i);
            switch (l.delta()) {
                case LEFT -> sb.append("- ").append(l.text());
                case RIGHT -> sb.append("+ ").append(l.text());
                case COMMON -> sb.append(l.text().isEmpty() ? "" : "  " + l.text());
            }
            sb.append('\n');
        }
    }

    /** For each line, how far it is from the nearest changed line. */
    private static int[] distances(List<LineDiff.Line> lines) {
        int n = lines.size();
        int[] d = new int[n];
        int last = -1_000_000;
        for (int i = 0; i < n; i++) {
            if (lines.get(i).delta() != LineDiff.Delta.COMMON) {
                last = i;
            }
            d[i] = i - last;
        }
        last = 1_000_000 + n;
        for (int i = n - 1; i >= 0; i--) {
            if (lines.get(i).delta() != LineDiff.Delta.COMMON) {
                last = i;
            }
            d[i] = Math.min(d[i], last - i);
        }
        return d;
    }

    static String simple(ChangeSet set) {
        StringBuilder sb = new StringBuilder();
        for (ResourceChange c : set.changes()) {
            sb.append(c.key()).append(' ').append(switch (c.type()) {
                case ADD -> "to be added.";
                case REMOVE -> "to be removed.";
                case MODIFY -> "to be changed.";
                case REPLACE -> "to be replaced.";
            }).append('\n');
        }
        sb.append("Plan: ").append(set.count(ChangeType.ADD)).append(" to add, ")
                .append(set.count(ChangeType.MODIFY) + set.count(ChangeType.REPLACE)).append(" to change, ")
                .append(set.count(ChangeType.REMOVE)).append(" to destroy, 0 to change ownership.\n");
        return sb.toString();
    }

    /** The plugin's default template, byte for byte. */
    static String json(ChangeSet set) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < set.changes().size(); i++) {
            ResourceChange c = set.changes().get(i);
            String api = c.key().substring(c.key().lastIndexOf(" (") + 2, c.key().length() - 1);
            sb.append("{\n  \"api\": \"").append(api).append("\",\n  \"kind\": \"").append(c.ref().gvk().kind())
                    .append("\",\n  \"namespace\": \"").append(c.ref().namespace()).append("\",\n  \"name\": \"")
                    .append(c.ref().name()).append("\",\n  \"change\": \"").append(c.type().name()).append("\"\n}");
            if (i < set.changes().size() - 1) {
                sb.append(',');
            }
        }
        return sb.append("]\n").toString();
    }

    /**
     * The change set through a user's Go template (the plugin's {@code HELM_DIFF_TPL}): dot is the list of
     * changes, each with {@code .API}, {@code .Kind}, {@code .Namespace}, {@code .Name} and {@code .Change}, and
     * the plugin's function {@code last INDEX LIST}; a newline follows, as the plugin writes one.
     *
     * @param name the template's name in error messages (the file's name)
     */
    public static String template(ChangeSet set, String name, String text) {
        List<Object> entries = new ArrayList<>();
        for (ResourceChange c : set.changes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("API", c.key().substring(c.key().lastIndexOf(" (") + 2, c.key().length() - 1));
            m.put("Kind", c.ref().gvk().kind());
            m.put("Namespace", c.ref().namespace());
            m.put("Name", c.ref().name());
            m.put("Change", c.type().name());
            entries.add(m);
        }
        io.helm4j.gotemplate.FuncMap funcs = new io.helm4j.gotemplate.FuncMap().put("last", 2,
                args -> ((Number) args[0]).longValue() == ((List<?>) args[1]).size() - 1);
        StringBuilder out = new StringBuilder();
        io.helm4j.gotemplate.Template.create(name).funcs(funcs).parse(text).execute(entries, out);
        return out.append('\n').toString();
    }

    /**
     * helm4j's own JSON of a change set, the {@code changes} of a plan's JSON ({@code upgrade --plan -o json}): each
     * object with its change, the fields as the API server names them (Secret values masked) and the conflicts.
     */
    public static List<Object> structuredTree(ChangeSet set) {
        List<Object> out = new ArrayList<>();
        for (ResourceChange c : set.changes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("apiVersion", c.ref().gvk().apiVersion());
            m.put("kind", c.ref().gvk().kind());
            m.put("namespace", c.ref().namespace());
            m.put("name", c.ref().name());
            m.put("change", c.type().name());
            List<Object> fields = new ArrayList<>();
            if (!c.suppressed()) {
                for (FieldChange f : c.fields()) {
                    Map<String, Object> fm = new LinkedHashMap<>();
                    fm.put("path", f.path());
                    fm.put("before", f.before());
                    fm.put("after", f.after());
                    fields.add(fm);
                }
            }
            m.put("fields", fields);
            List<Object> conflicts = new ArrayList<>();
            c.conflicts().forEach(f -> conflicts.add(Map.of("manager", f.manager(), "field", f.field())));
            m.put("conflicts", conflicts);
            out.add(m);
        }
        return out;
    }
}
