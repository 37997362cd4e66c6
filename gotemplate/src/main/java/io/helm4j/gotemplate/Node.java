package io.helm4j.gotemplate;

import io.helm4j.gostd.Strconv;
import java.util.List;

/**
 * An immutable node of a parsed template, printed by {@link #toString()} as Go's {@code Node.String()}
 * prints it (used in "executing ... at <NODE>" errors). {@code pos} is the char offset in the text.
 */
sealed interface Node {
    int pos();

    void writeTo(StringBuilder sb);

    static String print(Node n) {
        StringBuilder sb = new StringBuilder();
        n.writeTo(sb);
        return sb.toString();
    }

    record ListNode(int pos, List<Node> nodes) implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            for (Node n : nodes) {
                n.writeTo(sb);
            }
        }

        boolean isEmptyTree() {
            for (Node n : nodes) {
                if (!(n instanceof TextNode t) || !t.text().isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    record TextNode(int pos, String text) implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            sb.append(text);
        }
    }

    record ActionNode(int pos, int line, PipeNode pipe) implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            sb.append("{{");
            pipe.writeTo(sb);
            sb.append("}}");
        }
    }

    /** {@code if}, {@code range} or {@code with}; {@code elseList} may be null. */
    record BranchNode(Branch kind, int pos, int line, PipeNode pipe, ListNode list, ListNode elseList)
            implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            sb.append("{{").append(kind.word).append(' ');
            pipe.writeTo(sb);
            sb.append("}}");
            list.writeTo(sb);
            if (elseList != null) {
                sb.append("{{else}}");
                elseList.writeTo(sb);
            }
            sb.append("{{end}}");
        }
    }

    enum Branch {
        IF("if"), RANGE("range"), WITH("with");

        final String word;

        Branch(String word) {
            this.word = word;
        }
    }

    record BreakNode(int pos, int line) implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            sb.append("{{break}}");
        }
    }

    record ContinueNode(int pos, int line) implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            sb.append("{{continue}}");
        }
    }

    /** {@code {{template "name" pipe}}}; pipe may be null. */
    record TemplateNode(int pos, int line, String name, PipeNode pipe) implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            sb.append("{{template ").append(Strconv.quote(name));
            if (pipe != null) {
                sb.append(' ');
                pipe.writeTo(sb);
            }
            sb.append("}}");
        }
    }

    record PipeNode(int pos, int line, boolean isAssign, List<VariableNode> decl, List<CommandNode> cmds)
            implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            if (!decl.isEmpty()) {
                for (int i = 0; i < decl.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    decl.get(i).writeTo(sb);
                }
                sb.append(isAssign ? " = " : " := ");
            }
            for (int i = 0; i < cmds.size(); i++) {
                if (i > 0) {
                    sb.append(" | ");
                }
                cmds.get(i).writeTo(sb);
            }
        }
    }

    record CommandNode(int pos, List<Node> args) implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                Node arg = args.get(i);
                if (arg instanceof PipeNode p) {
                    sb.append('(');
                    p.writeTo(sb);
                    sb.append(')');
                } else {
                    arg.writeTo(sb);
                }
            }
        }
    }

    /** A function name, with the builtin it names resolved at parse time (null if none). */
    record IdentifierNode(int pos, String name, Builtin builtin) implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            sb.append(name);
        }
    }

    /** {@code $x.Field1.Field2}: ident[0] is the variable name. */
    record VariableNode(int pos, List<String> ident) implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            for (int i = 0; i < ident.size(); i++) {
                if (i > 0) {
                    sb.append('.');
                }
                sb.append(ident.get(i));
            }
        }
    }

    record DotNode(int pos) implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            sb.append('.');
        }
    }

    record NilNode(int pos) implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            sb.append("nil");
        }
    }

    /** {@code .Field1.Field2}. */
    record FieldNode(int pos, List<String> ident) implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            for (String id : ident) {
                sb.append('.').append(id);
            }
        }
    }

    /** {@code (pipe).Field1.Field2} or {@code fn.Field}. */
    record ChainNode(int pos, Node node, List<String> fields) implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            if (node instanceof PipeNode p) {
                sb.append('(');
                p.writeTo(sb);
                sb.append(')');
            } else {
                node.writeTo(sb);
            }
            for (String f : fields) {
                sb.append('.').append(f);
            }
        }
    }

    record BoolNode(int pos, boolean value) implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            sb.append(value);
        }
    }

    /** A numeric constant; {@code value} is what it evaluates to as an argument (Integer, Long, Double), or
     * null when it overflows int ({@code error} then holds Go's message). */
    record NumberNode(int pos, String text, Object value, String error, boolean isInt, long intValue,
            boolean isFloat, double floatValue) implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            sb.append(text);
        }
    }

    record StringNode(int pos, String quoted, String text) implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            sb.append(quoted);
        }
    }

    /** Internal markers for {{end}} and {{else}} while parsing; never in a finished tree. */
    record EndNode(int pos) implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            sb.append("{{end}}");
        }
    }

    record ElseNode(int pos, int line) implements Node {
        @Override
        public void writeTo(StringBuilder sb) {
            sb.append("{{else}}");
        }
    }
}
