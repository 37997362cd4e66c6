package io.helm4j.gotemplate;

/**
 * A nil slice or map of Go (a typed nil): empty to a template, but fmt's {@code %#v} prints it as
 * {@code []string(nil)} and encoding/json as {@code null}.
 */
public interface GoNilValue {
}
