package io.helm4j.yaml;

/**
 * A nil slice or map of Go: empty to a template ({@code len} 0, {@code range} nothing), but
 * json.Marshal, and so {@code toJson} and {@code toYaml}, write it as {@code null}.
 */
public interface GoNil extends io.helm4j.gotemplate.GoNilValue {
}
