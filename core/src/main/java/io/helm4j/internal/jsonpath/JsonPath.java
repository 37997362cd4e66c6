package io.helm4j.internal.jsonpath;

import java.util.List;

/**
 * A parsed JSONPath template (client-go's {@code util/jsonpath}), e.g. {@code {.image.tag}},
 * {@code {range .items[*]}{.name}{"\n"}{end}} or {@code {.a[?(@.x=="y")].b}}. Executing it over
 * JSON-like data (maps, lists, strings, numbers, booleans, null) prints as kubectl does: the results of
 * each action separated by a space, maps and lists as compact JSON, anything else as Go's {@code %v}.
 * Immutable; thread-safe. Where Go visits a map in random order (wildcards, recursive descent) this visits
 * it in key order.
 */
public final class JsonPath {
    private final Node.ListNode root;
    private final boolean allowMissingKeys;

    private JsonPath(Node.ListNode root, boolean allowMissingKeys) {
        this.root = root;
        this.allowMissingKeys = allowMissingKeys;
    }

    /** Parses {@code template}; throws {@link JsonPathException} with client-go's message when it is invalid. */
    public static JsonPath parse(String template) {
        return new JsonPath(Parser.parse(template), false);
    }

    /** This template, with a missing field giving no result (true) or an error (false, the default). */
    public JsonPath allowMissingKeys(boolean allow) {
        return new JsonPath(root, allow);
    }

    /** The template's output for {@code data}; throws {@link JsonPathException} as client-go's Execute fails. */
    public String execute(Object data) {
        List<List<Object>> results = new Evaluator(root, allowMissingKeys).findResults(data, 0);
        StringBuilder out = new StringBuilder();
        for (List<Object> group : results) {
            for (int i = 0; i < group.size(); i++) {
                out.append(Values.print(group.get(i)));
                if (i != group.size() - 1) {
                    out.append(' ');
                }
            }
        }
        return out.toString();
    }
}
