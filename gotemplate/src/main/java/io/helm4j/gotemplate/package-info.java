/**
 * Go's {@code text/template} (Go 1.24) for the JVM: the template language and nothing of Helm.
 *
 * <p>Public API: {@link io.helm4j.gotemplate.Template} (a set of named templates), {@link
 * io.helm4j.gotemplate.FuncMap} and {@link io.helm4j.gotemplate.TemplateFunction} (functions),
 * {@link io.helm4j.gotemplate.GoObject} (structs seen from templates), {@link io.helm4j.gotemplate.GoFmt}
 * (Go's fmt), and the exceptions under {@link io.helm4j.gotemplate.TemplateException}.
 *
 * <p>Inside, text goes {@code Lexer} → {@code Token}s → {@code Parser} (with {@code TokenStream}) → immutable
 * {@code Node} trees in a {@code Tree} per template, kept by name in a {@code TemplateSet}. One execution is an
 * {@code Exec} with its {@code Variables}, {@code RangeLoop} and {@code Functions}; builtins live in
 * {@code Indexing} (len, index, slice), {@code Compare} (eq, lt, ...) and {@code Escapes} (html, js, urlquery).
 * {@code Values} holds Go's view of Java values, including {@code Values.MISSING}, Go's invalid value, which
 * differs from a nil interface ({@code null}) in what field access and builtins do with it.
 */
package io.helm4j.gotemplate;
