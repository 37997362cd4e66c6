package io.helm4j.action;

import io.helm4j.Helm4jException;
import io.helm4j.gotemplate.FuncMap;
import io.helm4j.gotemplate.Template;
import io.helm4j.gotemplate.TemplateException;

/** {@code --name-template}: a Go template with Sprig's functions, executed with no data. */
final class NameTemplate {
    private NameTemplate() {
    }

    static String execute(String text, FuncMap library) {
        try {
            StringBuilder sb = new StringBuilder();
            Template.create("name-template").funcs(library).parse(text).execute(null, sb);
            return sb.toString();
        } catch (TemplateException e) {
            throw new Helm4jException(e.getMessage(), e);
        }
    }
}
