package io.helm4j.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A nil slice or map of Go: empty to a template ({@code len} 0, {@code range} nothing), but
 * json.Marshal, and so {@code toJson} and {@code toYaml}, write it as {@code null}.
 */
public interface GoNil extends io.helm4j.gotemplate.GoNilValue {
    /** A nil {@code map[string]interface {}} (what json.Unmarshal leaves for {@code null}). */
    static Map<String, Object> map() {
        return new NilMap();
    }

    /** A nil {@code []interface {}}. */
    static List<Object> list() {
        return new NilList();
    }

    /** A nil {@code map[string]interface {}}. */
    final class NilMap extends LinkedHashMap<String, Object> implements GoNil {
    }

    /** A nil {@code []interface {}}. */
    final class NilList extends ArrayList<Object> implements GoNil {
    }
}
