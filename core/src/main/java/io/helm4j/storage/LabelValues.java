package io.helm4j.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Kubernetes' {@code IsValidLabelValue}, as Helm's Secret and ConfigMap {@code Query} checks each value. */
final class LabelValues {
    private static final String REGEX = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?";
    private static final Pattern VALID = Pattern.compile(REGEX);

    private LabelValues() {
    }

    static void check(String v) {
        List<String> errs = new ArrayList<>();
        if (v.length() > 63) {
            errs.add("must be no more than 63 characters");
        }
        if (!VALID.matcher(v).matches()) {
            errs.add("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', "
                    + "and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or "
                    + "'12345', regex used for validation is '" + REGEX + "')");
        }
        if (!errs.isEmpty()) {
            throw new StorageException("invalid label value: \"" + v + "\": " + String.join("; ", errs));
        }
    }
}
