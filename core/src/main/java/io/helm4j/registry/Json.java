package io.helm4j.registry;

import io.helm4j.yaml.GoYaml;

/** Go's encoding/json for the few values a manifest holds. */
final class Json {
    private Json() {
    }

    static String string(String s) {
        return GoYaml.toJson(s);
    }
}
