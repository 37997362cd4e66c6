package io.helm4j.lint;

import io.helm4j.gostd.Strconv;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Kubernetes' object name rules by kind, as Helm's lint picks them ({@code validateMetadataNameFunc})
 * with apimachinery's messages.
 */
final class KubeNames {
    private static final String LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private static final String SUBDOMAIN = LABEL + "(\\." + LABEL + ")*";
    private static final String DNS1035 = "[a-z]([-a-z0-9]*[a-z0-9])?";
    private static final Pattern LABEL_RX = Pattern.compile(LABEL);
    private static final Pattern SUBDOMAIN_RX = Pattern.compile(SUBDOMAIN);
    private static final Pattern DNS1035_RX = Pattern.compile(DNS1035);

    private KubeNames() {
    }

    /** The lint finding for the object's name, or null when it conforms. */
    static String validate(KubeObject obj) {
        List<String> msgs = messages(obj.kind(), obj.name());
        if (msgs.isEmpty()) {
            return null;
        }
        List<String> errs = new ArrayList<>();
        for (String m : msgs) {
            errs.add("metadata.name: Invalid value: " + Strconv.quote(obj.name()) + ": " + m);
        }
        String agg = errs.size() == 1 ? errs.get(0) : "[" + String.join(", ", errs) + "]";
        return "object name does not conform to Kubernetes naming requirements: " + Strconv.quote(obj.name()) + ": "
                + agg;
    }

    static List<String> messages(String kind, String name) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "service" -> dns1035Label(name);
            case "namespace" -> name.contains(".") ? List.of("must not contain dots") : dns1123Label(name);
            case "certificatesigningrequest" -> List.of();
            case "role", "clusterrole", "rolebinding", "clusterrolebinding" -> pathSegment(name);
            default -> dns1123Subdomain(name);
        };
    }

    static List<String> dns1123Subdomain(String v) {
        List<String> out = new ArrayList<>();
        if (v.length() > 253) {
            out.add("must be no more than 253 characters");
        }
        if (!SUBDOMAIN_RX.matcher(v).matches()) {
            out.add("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', "
                    + "and must start and end with an alphanumeric character (e.g. 'example.com', regex used for "
                    + "validation is '" + SUBDOMAIN + "')");
        }
        return out;
    }

    static List<String> dns1123Label(String v) {
        List<String> out = new ArrayList<>();
        if (v.length() > 63) {
            out.add("must be no more than 63 characters");
        }
        if (!LABEL_RX.matcher(v).matches()) {
            out.add("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must "
                    + "start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for "
                    + "validation is '" + LABEL + "')");
        }
        return out;
    }

    static List<String> dns1035Label(String v) {
        List<String> out = new ArrayList<>();
        if (v.length() > 63) {
            out.add("must be no more than 63 characters");
        }
        if (!DNS1035_RX.matcher(v).matches()) {
            out.add("a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an "
                    + "alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', "
                    + "regex used for validation is '" + DNS1035 + "')");
        }
        return out;
    }

    static List<String> pathSegment(String v) {
        if (v.equals(".") || v.equals("..")) {
            return List.of("may not be '" + v + "'");
        }
        List<String> out = new ArrayList<>();
        if (v.contains("/")) {
            out.add("may not contain '/'");
        }
        if (v.contains("%")) {
            out.add("may not contain '%'");
        }
        return out;
    }
}
