package io.helm4j.action;

import io.helm4j.UsageException;
import io.helm4j.diff.DiffSettings;
import java.util.Objects;

/**
 * What {@link PlanUpgrade} takes: the upgrade to plan, as {@code upgrade} would run it (it must not be a dry
 * run; with {@code install}, a missing release's install is planned), and how its changes are shown (Secrets masked
 * by default).
 */
public record PlanUpgradeOptions(UpgradeOptions upgrade, DiffSettings settings) {
    public PlanUpgradeOptions {
        Objects.requireNonNull(upgrade, "upgrade");
        settings = settings == null ? DiffSettings.defaults() : settings;
        if (upgrade.dryRun() != DryRun.NONE) {
            throw new UsageException("--plan cannot be used with --dry-run: the plan is itself a server-side dry run");
        }
        if (upgrade.plan() != null) {
            throw new UsageException("an upgrade that applies a plan cannot be planned again");
        }
    }
}
