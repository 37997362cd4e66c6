package io.helm4j.storage;

import io.helm4j.release.Release;
import io.helm4j.release.ReleaseStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Helm's {@code pkg/storage.Storage}: releases by name and revision over one {@link Driver}, the
 * history, the deployed and the last revision, and the pruning of old revisions when a new one is
 * created ({@code --history-max}; 0 keeps every revision). Immutable; thread-safe when its driver is.
 */
public final class Storage {
    /** Helm's {@code HelmStorageType}: the prefix of every key and storage object name. */
    public static final String STORAGE_TYPE = "sh.helm.release.v1";

    private final Driver driver;
    private final int maxHistory;

    public Storage(Driver driver, int maxHistory) {
        this.driver = Objects.requireNonNull(driver, "driver");
        if (maxHistory < 0) {
            throw new IllegalArgumentException("maxHistory must be >= 0, was " + maxHistory);
        }
        this.maxHistory = maxHistory;
    }

    /** A storage that keeps every revision. */
    public Storage(Driver driver) {
        this(driver, 0);
    }

    public Driver driver() {
        return driver;
    }

    public int maxHistory() {
        return maxHistory;
    }

    /** This storage keeping at most {@code max} revisions of a release (0: all). */
    public Storage withMaxHistory(int max) {
        return new Storage(driver, max);
    }

    /** Helm's {@code makeKey}: {@code sh.helm.release.v1.NAME.vVERSION}, the storage object's name. */
    public static String key(String name, int version) {
        return STORAGE_TYPE + "." + name + ".v" + version;
    }

    /** One revision; {@link ReleaseNotFoundException} when absent. */
    public Release get(String name, int version) {
        return driver.get(key(name, version));
    }

    /** Stores a new revision, first pruning the oldest ones beyond the history limit, as Helm's {@code Create}. */
    public void create(Release release) {
        if (maxHistory > 0) {
            try {
                removeLeastRecent(release.name(), maxHistory - 1);
            } catch (ReleaseNotFoundException e) {
                // nothing to prune
            }
        }
        driver.create(key(release.name(), release.version()), release);
    }

    public void update(Release release) {
        driver.update(key(release.name(), release.version()), release);
    }

    public Release delete(String name, int version) {
        return driver.delete(key(name, version));
    }

    public List<Release> listReleases() {
        return driver.list(r -> true);
    }

    public List<Release> listUninstalled() {
        return driver.list(r -> r.status() == ReleaseStatus.UNINSTALLED);
    }

    public List<Release> listDeployed() {
        return driver.list(r -> r.status() == ReleaseStatus.DEPLOYED);
    }

    /** The deployed revision with the highest number; {@link NoDeployedReleasesException} when none. */
    public Release deployed(String name) {
        List<Release> all = deployedAll(name);
        if (all.isEmpty()) {
            throw new NoDeployedReleasesException(name);
        }
        return all.stream().max(Comparator.comparingInt(Release::version)).orElseThrow();
    }

    /** Every revision labelled deployed; {@link NoDeployedReleasesException} when none, as Helm's {@code DeployedAll}. */
    public List<Release> deployedAll(String name) {
        try {
            return driver.query(Map.of("name", name, "owner", "helm", "status", "deployed"));
        } catch (StorageException e) {
            if (e.getMessage() != null && e.getMessage().contains("not found")) {
                throw new NoDeployedReleasesException(name);
            }
            throw e;
        }
    }

    /** Every revision of a release, in the driver's order; {@link ReleaseNotFoundException} when none. */
    public List<Release> history(String name) {
        return driver.query(Map.of("name", name, "owner", "helm"));
    }

    /** The revision with the highest number, whatever its status. */
    public Release last(String name) {
        List<Release> h = history(name);
        if (h.isEmpty()) {
            throw new StorageException("no revision for release \"" + name + "\"");
        }
        return h.stream().max(Comparator.comparingInt(Release::version)).orElseThrow();
    }

    /** Helm's {@code removeLeastRecent}: deletes the oldest revisions but the deployed one until {@code max} remain. */
    private void removeLeastRecent(String name, int max) {
        List<Release> h = new ArrayList<>(history(name));
        if (h.size() <= max) {
            return;
        }
        h.sort(Comparator.comparingInt(Release::version));
        Release lastDeployed = null;
        try {
            lastDeployed = deployed(name);
        } catch (NoDeployedReleasesException e) {
            // every revision may go
        }
        List<Release> toDelete = new ArrayList<>();
        for (Release r : h) {
            if (h.size() - toDelete.size() == max) {
                break;
            }
            if (lastDeployed == null || r.version() != lastDeployed.version()) {
                toDelete.add(r);
            }
        }
        List<StorageException> errors = new ArrayList<>();
        for (Release r : toDelete) {
            try {
                delete(name, r.version());
            } catch (StorageException e) {
                errors.add(e);
            }
        }
        if (errors.size() == 1) {
            throw errors.getFirst();
        }
        if (errors.size() > 1) {
            throw new StorageException("encountered " + errors.size() + " deletion errors. First is: "
                    + errors.getFirst().getMessage(), errors.getFirst());
        }
    }
}
