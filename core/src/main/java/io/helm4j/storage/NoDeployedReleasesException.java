package io.helm4j.storage;

/** Helm's {@code driver.NewErrNoDeployedReleases}: {@code "NAME" has no deployed releases}. */
public class NoDeployedReleasesException extends StorageException {
    private final String releaseName;

    public NoDeployedReleasesException(String releaseName) {
        super("\"" + releaseName + "\" has no deployed releases");
        this.releaseName = releaseName;
    }

    public String releaseName() {
        return releaseName;
    }
}
