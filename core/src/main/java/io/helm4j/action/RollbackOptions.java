package io.helm4j.action;

import io.helm4j.UsageException;
import java.time.Duration;

/**
 * Everything {@code helm rollback RELEASE [REVISION]} takes, immutable. {@code revision} 0 means the
 * revision before the last; {@code namespace} "" the client's; {@code historyMax} null keeps the
 * storage's limit. Build with {@link #builder()}, which rejects contradictory combinations.
 */
public record RollbackOptions(
        String releaseName,
        int revision,
        String namespace,
        DryRun dryRun,
        String description,
        boolean disableHooks,
        boolean forceReplace,
        boolean forceConflicts,
        ServerSide serverSide,
        boolean cleanupOnFail,
        Integer historyMax,
        WaitStrategy waitStrategy,
        boolean waitForJobs,
        Duration timeout) {

    /** Helm's {@code MaxDescriptionLength}. */
    public static final int MAX_DESCRIPTION_LENGTH = 256;

    public RollbackOptions {
        namespace = namespace == null ? "" : namespace;
        dryRun = dryRun == null ? DryRun.NONE : dryRun;
        description = description == null ? "" : description;
        serverSide = serverSide == null ? ServerSide.AUTO : serverSide;
        timeout = timeout == null ? Duration.ofMinutes(5) : timeout;
        waitStrategy = waitStrategy == null ? WaitStrategy.HOOK_ONLY : waitStrategy;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A mutable builder; {@link #build()} checks the combination. */
    public static final class Builder extends WaitingBuilder<Builder> {
        private String releaseName;
        private int revision;
        private String namespace = "";
        private DryRun dryRun = DryRun.NONE;
        private String description = "";
        private boolean disableHooks;
        private boolean forceReplace;
        private boolean forceConflicts;
        private ServerSide serverSide = ServerSide.AUTO;
        private boolean cleanupOnFail;
        private Integer historyMax;

        public Builder releaseName(String v) { releaseName = v; return this; }
        public Builder revision(int v) { revision = v; return this; }
        public Builder namespace(String v) { namespace = v; return this; }
        public Builder dryRun(DryRun v) { dryRun = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder disableHooks(boolean v) { disableHooks = v; return this; }
        public Builder forceReplace(boolean v) { forceReplace = v; return this; }
        public Builder forceConflicts(boolean v) { forceConflicts = v; return this; }
        public Builder serverSide(ServerSide v) { serverSide = v; return this; }
        public Builder cleanupOnFail(boolean v) { cleanupOnFail = v; return this; }
        public Builder historyMax(Integer v) { historyMax = v; return this; }

        public RollbackOptions build() {
            if (releaseName == null) {
                throw new UsageException("\"helm rollback\" requires at least 1 argument");
            }
            int length = description == null ? 0 : description.codePointCount(0, description.length());
            if (length > MAX_DESCRIPTION_LENGTH) {
                throw new io.helm4j.Helm4jException("description must be " + MAX_DESCRIPTION_LENGTH
                        + " characters or less, got " + length);
            }
            if (forceReplace && forceConflicts) {
                throw new UsageException("if any flags in the group [force-replace force-conflicts] are set none of "
                        + "the others can be; [force-conflicts force-replace] were all set");
            }
            if (historyMax != null && historyMax < 0) {
                throw new UsageException("--history-max cannot be negative");
            }
            return new RollbackOptions(releaseName, revision, namespace, dryRun, description, disableHooks,
                    forceReplace, forceConflicts, serverSide, cleanupOnFail, historyMax, waitStrategy(false), waitForJobs(),
                    timeout(false));
        }
    }
}
