package io.helm4j.internal.patch;

import io.helm4j.yaml.GoYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The patch strategies and merge keys of Kubernetes' built-in types, as the {@code patchStrategy} and
 * {@code patchMergeKey} tags of their Go structs give them to a strategic merge patch. The table
 * ({@code patch-meta.json}) is derived from the OpenAPI document a Kubernetes API server serves
 * ({@code x-kubernetes-patch-strategy}, {@code x-kubernetes-patch-merge-key}), which carries those tags:
 * {@code PatchSchemaTableTest} regenerates it from a live server and checks it is current. It keeps only the
 * every field of every type the built-in kinds reach, so that a field a Go struct does not have fails the patch as
 * it fails in Go ({@link #lookup}); a field without metadata merges as a plain map and replaces as a plain list.
 *
 * <p>A {@code PatchSchema} is one type of that table: {@link #field} gives a field's metadata and type.
 */
public final class PatchSchema implements DuplicateListKeys.Type {
    /** A type without patch metadata anywhere below it. */
    public static final PatchSchema NONE = new PatchSchema(Map.of(), "");

    private final Map<String, Object> types;
    private final String name;

    private PatchSchema(Map<String, Object> types, String name) {
        this.types = types;
        this.name = name;
    }

    /**
     * What one field says: its strategies ({@code merge}, {@code retainKeys}, {@code replace}), merge key, type; and,
     * for server-side apply, the keys of a list of type {@code map} ({@code x-kubernetes-list-map-keys}: containers by
     * {@code name}, container ports by {@code containerPort} and {@code protocol}) or whether it is a {@code set}.
     */
    public record Field(boolean merge, boolean replace, boolean retainKeys, String mergeKey, PatchSchema type,
            List<String> listMapKeys, boolean listSet) {
        static final Field NONE = new Field(false, false, false, "", PatchSchema.NONE, List.of(), false);

        Field(PatchSchema type) {
            this(false, false, false, "", type, List.of(), false);
        }
    }

    /**
     * The type of a built-in kind that Helm patches with a strategic merge patch, or empty for a kind it patches
     * as an unstructured object (custom resources, kinds client-go's scheme does not know).
     */
    public static Optional<PatchSchema> forKind(String group, String version, String kind) {
        Table t = Table.INSTANCE;
        Object type = t.kinds.get(group + "/" + version + "/" + kind);
        return type instanceof String s ? Optional.of(new PatchSchema(t.types, s)) : Optional.empty();
    }

    /** The schema of a type by its OpenAPI definition name (for tests). */
    public static PatchSchema ofType(String definition) {
        return new PatchSchema(Table.INSTANCE.types, definition);
    }

    /** The type's OpenAPI definition name ("" for {@link #NONE}). */
    public String name() {
        return name;
    }

    /** The fields this type lists (none for maps, scalars and types the table does not describe). */
    public java.util.Set<String> fieldNames() {
        if (!(types.get(name) instanceof Map<?, ?> fields) || fields.containsKey("*")) {
            return java.util.Set.of();
        }
        java.util.Set<String> out = new java.util.TreeSet<>();
        fields.keySet().forEach(k -> out.add((String) k));
        return out;
    }

    /** The metadata of field {@code key}; a field the table does not list has none. */
    public Field field(String key) {
        if (!(types.get(name) instanceof Map<?, ?> fields)) {
            return Field.NONE;
        }
        Object entry = fields.get(key);
        if (entry == null) {
            entry = fields.get("*");
        }
        if (entry instanceof String type) {
            return type.isEmpty() ? Field.NONE : new Field(new PatchSchema(types, type));
        }
        if (!(entry instanceof List<?> l) || l.size() < 3) {
            return Field.NONE;
        }
        List<String> strategies = List.of(((String) l.get(0)).split(","));
        String type = (String) l.get(2);
        String list = l.size() > 3 ? (String) l.get(3) : "";
        return new Field(strategies.contains("merge"), strategies.contains("replace"),
                strategies.contains("retainKeys"), (String) l.get(1),
                type.isEmpty() ? NONE : new PatchSchema(types, type),
                list.isEmpty() || list.equals("=set") ? List.of() : List.of(list.split(",")), list.equals("=set"));
    }

    @Override
    public PatchSchema child(String key) {
        return field(key).type();
    }

    @Override
    public List<String> mapKeys(String key) {
        return field(key).listMapKeys();
    }

    @Override
    public boolean isSet(String key) {
        return field(key).listSet();
    }

    /** A port's {@code protocol}, which the server defaults to {@code TCP} before it compares list keys. */
    @Override
    public Object defaultOf(String key) {
        return key.equals("protocol") ? "TCP" : null;
    }

    /**
     * apimachinery's {@code LookupPatchMetadataForStruct} of field {@code key} (the name as Go's JSON decoder matches
     * it: exactly, else ignoring case): its metadata, or, when this type is a struct without that field, Go's error
     * ({@code unable to find api field in struct DeploymentSpec for the json field "foo"}). Types the table does not
     * describe field by field (maps, scalars, structs that marshal as a string) answer as {@link #field}.
     */
    public Field lookup(String key) {
        if (!(types.get(name) instanceof Map<?, ?> fields) || fields.containsKey(key) || fields.containsKey("*")) {
            return field(key);
        }
        for (Object k : fields.keySet()) {
            if (((String) k).equalsIgnoreCase(key)) {
                return field((String) k);
            }
        }
        throw new PatchException("unable to find api field in struct " + name.substring(name.lastIndexOf('.') + 1)
                + " for the json field " + io.helm4j.gostd.Strconv.quote(key));
    }

    @Override
    public String toString() {
        return name;
    }

    /** The table, read once from the class path. */
    private static final class Table {
        static final Table INSTANCE = new Table();
        final Map<String, Object> kinds;
        final Map<String, Object> types;

        @SuppressWarnings("unchecked")
        private Table() {
            try (InputStream in = PatchSchema.class.getResourceAsStream("patch-meta.json")) {
                if (in == null) {
                    throw new IllegalStateException("patch-meta.json is missing from the class path");
                }
                Map<String, Object> all = GoYaml.fromJsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                kinds = Map.copyOf((Map<String, Object>) all.get("kinds"));
                types = Map.copyOf((Map<String, Object>) all.get("types"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
