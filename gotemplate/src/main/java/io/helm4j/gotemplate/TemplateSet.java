package io.helm4j.gotemplate;

import java.util.HashMap;
import java.util.Map;

/** What the templates of one set share (Go's {@code common}): the trees by name, functions, options. */
final class TemplateSet {
    final Map<String, Tree> trees;
    final FuncMap funcs;
    MissingKey missingKey;

    TemplateSet() {
        this(new HashMap<>(), new FuncMap(), MissingKey.DEFAULT);
    }

    private TemplateSet(Map<String, Tree> trees, FuncMap funcs, MissingKey missingKey) {
        this.trees = trees;
        this.funcs = funcs;
        this.missingKey = missingKey;
    }

    boolean hasFunction(String name) {
        return funcs.contains(name) || Builtin.byName(name) != null;
    }

    /** Adds a parsed tree unless it is empty and would replace a template that has a body (Go's associate). */
    void associate(Tree tree) {
        Tree old = trees.get(tree.name());
        if (old != null && tree.root().isEmptyTree()) {
            return;
        }
        trees.put(tree.name(), tree);
    }

    TemplateSet copy() {
        return new TemplateSet(new HashMap<>(trees), new FuncMap().putAll(funcs), missingKey);
    }
}
