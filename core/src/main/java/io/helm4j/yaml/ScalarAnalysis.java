package io.helm4j.yaml;

/**
 * go-yaml v2's yaml_emitter_analyze_scalar: which styles can carry a string. Note v2 counts a tab,
 * a C1 control, a BOM and any character beyond U+FFFF as "special", which forces double quotes.
 */
final class ScalarAnalysis {
    boolean multiline;
    boolean flowPlainAllowed;
    boolean blockPlainAllowed;
    boolean singleQuotedAllowed;
    boolean blockAllowed;

    private ScalarAnalysis() {
    }

    static boolean isPrintable(int cp) {
        return cp == 0x0A || (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF);
    }

    static boolean isBreak(int cp) {
        return cp == '\r' || cp == '\n' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    private static boolean isBlank(int cp) {
        return cp == ' ' || cp == '\t';
    }

    static ScalarAnalysis of(String value) {
        return of(value, false);
    }

    /**
     * The analysis of go-yaml v2, or of v3 ({@code v3}), which counts a tab on its own: it rules out the plain and
     * single-quoted styles but not a literal block, so a multi-line text with a tab stays a {@code |-} block.
     */
    static ScalarAnalysis of(String value, boolean v3) {
        ScalarAnalysis a = new ScalarAnalysis();
        if (value.isEmpty()) {
            a.blockPlainAllowed = true;
            a.singleQuotedAllowed = true;
            return a;
        }
        boolean blockIndicators = false;
        boolean flowIndicators = false;
        boolean lineBreaks = false;
        boolean special = false;
        boolean tabs = false;
        boolean leadingSpace = false;
        boolean leadingBreak = false;
        boolean trailingSpace = false;
        boolean trailingBreak = false;
        boolean breakSpace = false;
        boolean spaceBreak = false;
        boolean previousSpace = false;
        boolean previousBreak = false;
        if (value.startsWith("---") || value.startsWith("...")) {
            blockIndicators = true;
            flowIndicators = true;
        }
        boolean precededByWhitespace = true;
        int n = value.length();
        for (int i = 0; i < n; ) {
            int cp = value.codePointAt(i);
            int w = Character.charCount(cp);
            boolean followedByWhitespace = i + w >= n || isBlank(value.charAt(i + w));
            if (i == 0) {
                switch (cp) {
                    case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> {
                        flowIndicators = true;
                        blockIndicators = true;
                    }
                    case '?', ':' -> {
                        flowIndicators = true;
                        if (followedByWhitespace) {
                            blockIndicators = true;
                        }
                    }
                    case '-' -> {
                        if (followedByWhitespace) {
                            flowIndicators = true;
                            blockIndicators = true;
                        }
                    }
                    default -> {
                    }
                }
            } else {
                switch (cp) {
                    case ',', '?', '[', ']', '{', '}' -> flowIndicators = true;
                    case ':' -> {
                        flowIndicators = true;
                        if (followedByWhitespace) {
                            blockIndicators = true;
                        }
                    }
                    case '#' -> {
                        if (precededByWhitespace) {
                            flowIndicators = true;
                            blockIndicators = true;
                        }
                    }
                    default -> {
                    }
                }
            }
            if (v3 && cp == '\t') {
                tabs = true;
            } else if (!isPrintable(cp)) {
                special = true;
            }
            if (cp == ' ') {
                if (i == 0) {
                    leadingSpace = true;
                }
                if (i + w == n) {
                    trailingSpace = true;
                }
                if (previousBreak) {
                    breakSpace = true;
                }
                previousSpace = true;
                previousBreak = false;
            } else if (isBreak(cp)) {
                lineBreaks = true;
                if (i == 0) {
                    leadingBreak = true;
                }
                if (i + w == n) {
                    trailingBreak = true;
                }
                if (previousSpace) {
                    spaceBreak = true;
                }
                previousSpace = false;
                previousBreak = true;
            } else {
                previousSpace = false;
                previousBreak = false;
            }
            precededByWhitespace = isBlank(cp) || isBreak(cp);
            i += w;
        }
        a.multiline = lineBreaks;
        a.flowPlainAllowed = true;
        a.blockPlainAllowed = true;
        a.singleQuotedAllowed = true;
        a.blockAllowed = true;
        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
            a.flowPlainAllowed = false;
            a.blockPlainAllowed = false;
        }
        if (trailingSpace) {
            a.blockAllowed = false;
        }
        if (breakSpace) {
            a.flowPlainAllowed = false;
            a.blockPlainAllowed = false;
            a.singleQuotedAllowed = false;
        }
        if (spaceBreak || tabs || special) {
            a.flowPlainAllowed = false;
            a.blockPlainAllowed = false;
            a.singleQuotedAllowed = false;
        }
        if (spaceBreak || special) {
            a.blockAllowed = false;
        }
        if (lineBreaks) {
            a.flowPlainAllowed = false;
            a.blockPlainAllowed = false;
        }
        if (flowIndicators) {
            a.flowPlainAllowed = false;
        }
        if (blockIndicators) {
            a.blockPlainAllowed = false;
        }
        return a;
    }
}
