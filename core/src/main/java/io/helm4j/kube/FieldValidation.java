package io.helm4j.kube;

/** The API's {@code fieldValidation} parameter: what the server does with unknown or duplicate fields. */
public enum FieldValidation {
    STRICT("Strict"), WARN("Warn"), IGNORE("Ignore");

    private final String apiName;

    FieldValidation(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
