package io.helm4j.yaml;

import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.tokens.ScalarToken;
import org.snakeyaml.engine.v2.tokens.Token;

/** The final line break of a block scalar that ends the stream, as go-yaml v2 reads it. */
final class GoYamlFinalBreak {
    private GoYamlFinalBreak() {
    }

    /**
     * go-yaml gives a block scalar whose last line ends the stream without a line break no final line break, even
     * when clipped or kept ({@code fromYaml "a: |\n  x"} is {@code x}); snakeyaml adds one. The text with that last
     * block scalar's chomping made strip ({@code -}), which then reads as go-yaml does (it has no trailing empty
     * line to strip); the text itself otherwise.
     */
    static String chomp(String text) {
        if (text.isEmpty() || lineBreakChar(text.charAt(text.length() - 1))
                || text.indexOf('|') < 0 && text.indexOf('>') < 0) {
            return text;
        }
        int lastLine = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
        if (text.substring(lastLine).chars().allMatch(ch -> ch == ' ')) {
            return text; // a last line of spaces only: go-yaml reads the break before it (a tab is content)
        }
        ScalarToken last = null;
        try {
            ScannerImpl scanner = new ScannerImpl(GoYamlReader.SETTINGS,
                    new StreamReader(GoYamlReader.SETTINGS, text));
            while (scanner.hasNext()) {
                Token t = scanner.next();
                if (t instanceof ScalarToken s) {
                    last = s;
                }
            }
        } catch (YamlEngineException e) {
            // what go-yaml reads and snakeyaml does not (a tag with ',', '|#'), rewritten as the reader rewrites it
            String rewritten = GoYamlScanRules.splitAnchorNames(text);
            return rewritten.equals(text) ? text : chomp(rewritten); // else the reader reports it
        }
        if (last == null || last.getStyle() != ScalarStyle.LITERAL && last.getStyle() != ScalarStyle.FOLDED
                || last.getStartMark().isEmpty() || last.getEndMark().isEmpty()
                || last.getEndMark().get().getIndex() < text.codePointCount(0, text.length())) {
            return text; // not a block scalar, or one that ends before the stream's last line (a comment)
        }
        int at = text.offsetByCodePoints(0, last.getStartMark().get().getIndex()); // the | or >
        int i = at + 1;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '+'
                || text.charAt(i) == '-')) {
            if (text.charAt(i) == '-') {
                return text;
            }
            if (text.charAt(i) == '+') {
                return text.substring(0, i) + '-' + text.substring(i + 1);
            }
            i++;
        }
        return text.substring(0, at + 1) + '-' + text.substring(at + 1);
    }

    private static boolean lineBreakChar(char ch) {
        return ch == '\n' || ch == '\r';
    }
}
