/**
 * Go's {@code text/template} (Go 1.24) for the JVM: the template language and nothing of Helm.
 *
 * <p>Public API: {@link io.helm4j.gotemplate.Template} (a set of named templates), {@link
 * io.helm4j.gotemplate.FuncMap}, {@link io.helm4j.gotemplate.TemplateFunction} and {@link
 * io.helm4j.gotemplate.Signature} (functions and their Go parameter types), {@link
 * io.helm4j.gotemplate.ExecutingFunction} and {@link io.helm4j.gotemplate.Execution} (functions that execute
 * templates as part of their caller's execution),
 * {@link io.helm4j.gotemplate.GoObject} (structs seen from templates), {@link io.helm4j.gotemplate.GoFmt}
 * (Go's fmt), and the exceptions under {@link io.helm4j.gotemplate.TemplateException}.
 *
 * <p>Inside, text goes {@code Lexer} → {@code Token}s → {@code Parser} (with {@code TokenStream}) → immutable
 * {@code Node} trees in a {@code Tree} per template, kept by name in a {@code TemplateSet}. One execution is an
 * {@code Exec} with its {@code Variables}, {@code RangeLoop} and {@code Functions} (arguments for typed parameters
 * in {@code TypedArgs}, against {@code ParamType}s); builtins live in
 * {@code Indexing} (len, index, slice), {@code Compare} (eq, lt, ...) and {@code Escapes} (html, js, urlquery).
 * {@code Values} holds Go's view of Java values, including {@code Values.MISSING}, Go's invalid value, which
 * differs from a nil interface ({@code null}) in what field access and builtins do with it.
 */
package io.helm4j.gotemplate;
