package io.helm4j.storage;

import java.util.regex.Pattern;

/** Helm's {@code ValidateReleaseName}: at most 53 characters of a DNS-1123 subdomain, with Helm's messages. */
public final class ReleaseName {
    /** Helm's {@code maxReleaseNameLen}. */
    public static final int MAX_LENGTH = 53;
    private static final String REGEX = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";
    private static final Pattern VALID = Pattern.compile(REGEX);

    private ReleaseName() {
    }

    /** Throws a {@link StorageException} with Helm's message when the name is empty or invalid. */
    public static void validate(String name) {
        if (name == null || name.isEmpty()) {
            throw new StorageException("no name provided");
        }
        if (name.length() > MAX_LENGTH || !VALID.matcher(name).matches()) {
            throw new StorageException("invalid release name, must match regex " + REGEX
                    + " and the length must not be longer than 53");
        }
    }
}
