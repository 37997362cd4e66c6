package io.helm4j.gotemplate;

import io.helm4j.gostd.Strconv;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A named template within a set of templates that share definitions, functions and options: Go's
 * {@code *template.Template} and its shared "common" part.
 *
 * <h2>Value model</h2>
 * Data and function results are plain Java values read as Go values:
 * {@code null} is nil; {@link Boolean} is bool; {@link String} is string; {@link Long} is int64,
 * {@link Integer} is int; {@link Double} is float64; {@code byte[]} is []byte;
 * {@code java.util.Map<String, ?>} is map[string]interface{} (iterated and printed in sorted key
 * order); {@code java.util.List<?>} is []interface{}; {@link GoObject} is a struct or named type
 * with fields and methods.
 *
 * <p>Usage mirrors Go: {@code Template.create("gotpl").funcs(f).option(MissingKey.ZERO)}, then
 * {@code set.newTemplate("a.yaml").parse(text)} for each file, then
 * {@code set.lookup("a.yaml").execute(data, out)}.
 *
 * <p>Instances are not thread-safe while being parsed into; a fully parsed set may be executed
 * concurrently.
 */
public final class Template {
    private final String name;
    private final TemplateSet set;

    private Template(String name, TemplateSet set) {
        this.name = name;
        this.set = set;
    }

    /** A new, empty template set whose first template is named {@code name}. */
    public static Template create(String name) {
        return new Template(name, new TemplateSet());
    }

    /** This template's name. */
    public String name() {
        return name;
    }

    /** Adds functions to the set (Go's {@code Funcs}); must be called before parsing texts that use them. */
    public Template funcs(FuncMap funcs) {
        set.funcs.putAll(funcs);
        return this;
    }

    /** Sets the {@code missingkey} option for the whole set. */
    public Template option(MissingKey missingKey) {
        set.missingKey = missingKey;
        return this;
    }

    /** A new template named {@code name} in the same set (Go's {@code t.New(name)}). */
    public Template newTemplate(String name) {
        return new Template(name, set);
    }

    /**
     * Parses {@code text} as the body of this template; its {@code define} and {@code block}
     * actions add or replace templates of the set. Throws {@link TemplateParseException}.
     */
    public Template parse(String text) {
        Map<String, Tree> trees = new LinkedHashMap<>();
        Parser.parse(name, text, set::hasFunction, trees);
        for (Tree tree : trees.values()) {
            set.associate(tree);
        }
        return this;
    }

    /** The template of the set named {@code name}, or null. */
    public Template lookup(String name) {
        return set.trees.containsKey(name) ? new Template(name, set) : null;
    }

    /** Names of all templates in the set that have a body. */
    public Set<String> templateNames() {
        return Set.copyOf(set.trees.keySet());
    }

    /** A copy of the whole set (Go's {@code Clone}): later parses into the copy do not affect this one. */
    public Template cloneSet() {
        return new Template(name, set.copy());
    }

    /** Executes this template with {@code data} as dot and {@code $}. Throws {@link TemplateExecException}. */
    public void execute(Object data, StringBuilder out) {
        execute(new Execution(), data, out);
    }

    /**
     * Executes this template as part of the execution {@code caller} (given to an {@link ExecutingFunction}),
     * as Helm's {@code include} and {@code tpl} do: runaway nesting is then reported once, by the outermost.
     */
    public void execute(Execution caller, Object data, StringBuilder out) {
        Tree tree = set.trees.get(name);
        if (tree == null) {
            throw new TemplateException("template: " + name + ": " + Strconv.quote(name)
                    + " is an incomplete or empty template");
        }
        new Exec(set, tree, out, caller).run(data);
    }

    /** Executes the set's template {@code name} (Go's {@code ExecuteTemplate}). */
    public void executeTemplate(String name, Object data, StringBuilder out) {
        executeTemplate(new Execution(), name, data, out);
    }

    /** Executes the set's template {@code name} as part of the execution {@code caller}. */
    public void executeTemplate(Execution caller, String name, Object data, StringBuilder out) {
        Template t = lookup(name);
        if (t == null) {
            throw new TemplateException("template: no template " + Strconv.quote(name)
                    + " associated with template " + Strconv.quote(this.name));
        }
        t.execute(caller, data, out);
    }
}
