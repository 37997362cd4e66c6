package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.TemplateFunction;

/**
 * A group of functions dispatched by name. One class per area instead of one lambda per function keeps
 * start-up cheap: no lambda class is spun for the ~200 functions a render mostly never calls.
 */
interface Area {
    Object call(String name, Object[] args);

    /** The function {@code name} of {@code area} as a template function. */
    record Named(String name, Area area) implements TemplateFunction {
        @Override
        public Object call(Object... args) {
            return area.call(name, args);
        }
    }
}
