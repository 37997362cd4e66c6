package io.helm4j.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A set of flags as pflag's {@code FlagUsages} lists them in help: sorted by name, usage texts aligned. */
final class FlagTable {
    private FlagTable() {
    }

    static String render(List<Flag<?>> flags, CliContext ctx) {
        List<Flag<?>> sorted = new ArrayList<>(flags);
        sorted.sort(Comparator.comparing(f -> f.longName));
        List<String[]> lines = new ArrayList<>();
        int maxlen = 0;
        for (Flag<?> f : sorted) {
            if (!f.listedFor(ctx.commandName())) {
                continue;
            }
            String type = type(f);
            String varname = varname(f, type);
            StringBuilder line = new StringBuilder(f.shorthand != null ? "  -" + f.shorthand + ", --" + f.longName
                    : "      --" + f.longName);
            if (!varname.isEmpty()) {
                line.append(' ').append(varname);
            }
            String noOpt = f.kind == Flag.Kind.BOOL || f.kind == Flag.Kind.OPTIONAL_BOOL ? "true" : f.noOptDefVal;
            if (noOpt != null) {
                switch (type) {
                    case "string" -> line.append("[=\"").append(noOpt).append("\"]");
                    case "bool" -> line.append(noOpt.equals("true") ? "" : "[=" + noOpt + "]");
                    default -> line.append("[=").append(noOpt).append(']');
                }
            }
            maxlen = Math.max(maxlen, line.length() + 1); // pflag counts the separator it appends
            StringBuilder usage = new StringBuilder(unquotedUsage(f));
            String def = f.defValue(ctx);
            if (!isZero(f, type, def)) {
                usage.append(" (default ").append(type.equals("string") ? goQuote(def) : def).append(')');
            }
            lines.add(new String[] {line.toString(), usage.toString()});
        }
        StringBuilder sb = new StringBuilder();
        for (String[] l : lines) {
            String indent = " ".repeat(maxlen + 2);
            sb.append(l[0]).append(' ').append(" ".repeat(maxlen - l[0].length())).append(' ')
                    .append(l[1].replace("\n", "\n" + indent)).append('\n');
        }
        return sb.toString();
    }

    /** pflag's {@code Value.Type()}. */
    private static String type(Flag<?> f) {
        return f.typeName != null ? f.typeName : f.kind.pflagType;
    }

    /** pflag's {@code UnquoteUsage}: a back-quoted word of the usage, else the type's short name. */
    private static String varname(Flag<?> f, String type) {
        int i = f.usage.indexOf('`');
        int j = i < 0 ? -1 : f.usage.indexOf('`', i + 1);
        if (j > 0) {
            return f.usage.substring(i + 1, j);
        }
        return switch (type) {
            case "bool" -> "";
            case "float64" -> "float";
            case "int64" -> "int";
            case "stringSlice" -> "strings";
            default -> type;
        };
    }

    private static String unquotedUsage(Flag<?> f) {
        int i = f.usage.indexOf('`');
        int j = i < 0 ? -1 : f.usage.indexOf('`', i + 1);
        return j > 0 ? f.usage.substring(0, i) + f.usage.substring(i + 1, j) + f.usage.substring(j + 1) : f.usage;
    }

    /** pflag's {@code defaultIsZeroValue}: defaults that help does not show. */
    private static boolean isZero(Flag<?> f, String type, String def) {
        if (f.typeName != null) {
            return def.equals("false") || def.equals("<nil>") || def.isEmpty() || def.equals("0");
        }
        return switch (f.kind) {
            case BOOL, OPTIONAL_BOOL -> def.equals("false") || def.isEmpty();
            case DURATION -> def.equals("0") || def.equals("0s");
            case INT, UINT, FLOAT32 -> def.equals("0");
            case STRING -> def.isEmpty();
            case STRING_ARRAY, STRING_SLICE -> def.equals("[]");
            case STRING_TO_STRING -> def.equals("false") || def.isEmpty() || def.equals("0");
        };
    }

    /** Go's {@code %q} for the plain strings a default holds. */
    private static String goQuote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"', '\\' -> sb.append('\\').append(c);
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
