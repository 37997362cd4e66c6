package io.helm4j.gotemplate;

import static io.helm4j.gotemplate.Render.render;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParseErrorTest {

    private static void assertParseError(String text, String message) {
        assertThatThrownBy(() -> render(text, null)).isInstanceOf(TemplateParseException.class).hasMessage(message);
    }

    @Test
    void reportsGoMessagesWithNameAndLine() {
        assertParseError("{{ .x }", "template: t:1: unexpected \"}\" in operand");
        assertParseError("a\nb\n{{ 3 - }}", "template: t:3: illegal number syntax: \"-\"");
        assertParseError("{{ 3x }}", "template: t:1: bad number syntax: \"3x\"");
        assertParseError("{{ foo }}", "template: t:1: function \"foo\" not defined");
        assertParseError("{{ $x }}", "template: t:1: undefined variable \"$x\"");
        assertParseError("{{ if true }}", "template: t:1: unexpected EOF");
        assertParseError("{{ end }}", "template: t:1: unexpected {{end}}");
        assertParseError("{{ 1 | 2 }}", "template: t:1: non executable command in pipeline stage 2");
    }

    @Test
    void namesTheLineWhereAnUnclosedActionStarted() {
        assertParseError("{{ .x\n\n", "template: t:3: unclosed action started at t:1");
        assertParseError("{{ if true }}{{ .x\n\n.a$ }}{{ end }}",
                "template: t:3: bad character U+0024 '$' in action started at t:1");
    }

    @Test
    void rejectsTwoNonEmptyDefinitionsInOneText() {
        assertParseError("{{ define \"x\" }}1{{ end }}{{ define \"x\" }}2{{ end }}",
                "template: t:1: template: multiple definition of template \"x\"");
    }

    @Test
    void truncatesLongTokensInMessages() {
        assertParseError("{{ if true }}{{ else \"abcdefghijklmnop\" }}{{ end }}",
                "template: t:1: unexpected \"\\\"abcdefghi\"... in else");
    }

    @Test
    void limitsParenthesisNesting() {
        String deep = "{{ " + "(".repeat(20000) + "1" + ")".repeat(20000) + " }}";
        assertThatThrownBy(() -> render(deep, null)).isInstanceOf(TemplateParseException.class)
                .hasMessageContaining("max expression depth exceeded");
    }

    @Test
    void deeplyNestedBlocksFailCleanly() {
        String deep = "{{ if true }}".repeat(100000) + "{{ end }}".repeat(100000);
        try {
            render(deep, null);
        } catch (TemplateException e) {
            // either outcome is fine; a StackOverflowError is not
        }
    }

    @Test
    void breakOutsideRangeIsAnError() {
        assertParseError("{{ break }}", "template: t:1: {{break}} outside {{range}}");
        assertParseError("{{ define \"d\" }}{{ continue }}{{ end }}", "template: t:1: {{continue}} outside {{range}}");
    }

    @Test
    void breakIsAFunctionNameWhenDefined() {
        FuncMap f = new FuncMap().put("break", 0, args -> "B");
        org.assertj.core.api.Assertions.assertThat(render("{{ break }}", null, MissingKey.DEFAULT, f))
                .isEqualTo("B");
    }
}
