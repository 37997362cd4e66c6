package io.helm4j.gotemplate;

import java.util.HashMap;
import java.util.Map;

/** Go's predefined template functions. */
enum Builtin {
    AND("and"), OR("or"), NOT("not"), LEN("len"), INDEX("index"), SLICE("slice"), CALL("call"), HTML("html"),
    JS("js"), URLQUERY("urlquery"), PRINT("print"), PRINTF("printf"), PRINTLN("println"), EQ("eq"), NE("ne"),
    LT("lt"), LE("le"), GT("gt"), GE("ge");

    private static final Map<String, Builtin> BY_NAME = new HashMap<>();

    static {
        for (Builtin b : values()) {
            BY_NAME.put(b.goName, b);
        }
    }

    final String goName;

    Builtin(String goName) {
        this.goName = goName;
    }

    static Builtin byName(String name) {
        return BY_NAME.get(name);
    }
}
