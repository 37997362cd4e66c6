package io.helm4j.gotemplate;

/**
 * A function callable from a template, like an entry of Go's {@code template.FuncMap}.
 *
 * <p>Arguments arrive in the value model described in {@link Template}. A function checks its own
 * argument types: it throws {@link FunctionArgumentException} with Go's wording ("wrong type for
 * value; expected string; got int") when an argument does not fit, which the executor reports
 * as-is. Any other {@link RuntimeException} it throws is reported as Go reports an error returned
 * by a function: {@code error calling NAME: MESSAGE}.
 */
@FunctionalInterface
public interface TemplateFunction {
    Object call(Object... args);
}
