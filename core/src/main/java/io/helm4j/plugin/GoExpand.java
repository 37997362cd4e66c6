package io.helm4j.plugin;

import java.util.Map;

/** Go's {@code os.Expand}: {@code $NAME}, {@code ${NAME}} and the shell's one-character names, from a map. */
final class GoExpand {
    private GoExpand() {
    }

    static String expand(String s, Map<String, String> env) {
        StringBuilder buf = null;
        int i = 0;
        for (int j = 0; j < s.length(); j++) {
            if (s.charAt(j) == '$' && j + 1 < s.length()) {
                if (buf == null) {
                    buf = new StringBuilder(2 * s.length());
                }
                buf.append(s, i, j);
                String rest = s.substring(j + 1);
                String name;
                int w;
                char c = rest.charAt(0);
                if (c == '{') {
                    if (rest.length() > 2 && special(rest.charAt(1)) && rest.charAt(2) == '}') {
                        name = rest.substring(1, 2);
                        w = 3;
                    } else {
                        int close = rest.indexOf('}');
                        if (close < 0) {
                            name = "";
                            w = 1;
                        } else if (close == 1) {
                            name = "";
                            w = 2;
                        } else {
                            name = rest.substring(1, close);
                            w = close + 1;
                        }
                    }
                } else if (special(c)) {
                    name = rest.substring(0, 1);
                    w = 1;
                } else {
                    int k = 0;
                    while (k < rest.length() && alnum(rest.charAt(k))) {
                        k++;
                    }
                    name = rest.substring(0, k);
                    w = k;
                }
                if (name.isEmpty() && w == 0) {
                    buf.append('$');
                } else if (!name.isEmpty()) {
                    buf.append(env.getOrDefault(name, ""));
                }
                j += w;
                i = j + 1;
            }
        }
        return buf == null ? s : buf.append(s, Math.min(i, s.length()), s.length()).toString();
    }

    private static boolean special(char c) {
        return "*#$@!?-".indexOf(c) >= 0 || (c >= '0' && c <= '9');
    }

    private static boolean alnum(char c) {
        return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
