package io.helm4j.gotemplate;

import java.util.LinkedHashMap;
import java.util.Map;

/** Test helper: parse and execute a one-template set. */
final class Render {
    private Render() {
    }

    static String render(String text, Object data) {
        return render(text, data, MissingKey.DEFAULT, new FuncMap());
    }

    static String render(String text, Object data, MissingKey missingKey) {
        return render(text, data, missingKey, new FuncMap());
    }

    static String render(String text, Object data, MissingKey missingKey, FuncMap funcs) {
        Template t = Template.create("t").funcs(funcs).option(missingKey).parse(text);
        StringBuilder out = new StringBuilder();
        t.execute(data, out);
        return out.toString();
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
