package io.helm4j.action;

/** The plan {@link PlanUpgrade} made: show {@code plan.changes()}, then apply it with {@link UpgradeOptions#plan()}. */
public record PlanUpgradeResult(UpgradePlan plan) {
}
