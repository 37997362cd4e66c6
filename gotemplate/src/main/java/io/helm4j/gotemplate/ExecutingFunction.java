package io.helm4j.gotemplate;

/**
 * A template function that is told which execution called it, for functions that execute templates
 * themselves (Helm's {@code include} and {@code tpl}): they pass {@code caller} to
 * {@link Template#execute(Execution, Object, StringBuilder)} so that the nested execution counts as part of
 * the caller's. Arguments and errors are as for {@link TemplateFunction}.
 */
@FunctionalInterface
public interface ExecutingFunction {
    Object call(Execution caller, Object... args);
}
