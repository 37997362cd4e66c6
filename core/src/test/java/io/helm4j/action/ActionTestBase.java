package io.helm4j.action;

import io.helm4j.kube.FakeKubeClient;
import io.helm4j.storage.MemoryDriver;
import io.helm4j.storage.Storage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of the cluster actions share: a fixed clock, a {@link FakeKubeClient} in namespace {@code ns1} whose
 * controllers finish at once ({@link ReadyKubeClient}), memory storage, and a scratch directory.
 */
abstract class ActionTestBase {
    protected final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    protected final FakeKubeClient kube = new FakeKubeClient("ns1", clock);
    protected final Storage storage = new Storage(new MemoryDriver());

    @TempDir
    protected Path dir;

    protected ActionContext context() {
        return ActionContext.builder().clock(clock).workingDir(dir).kube(new ReadyKubeClient(kube)).storage(storage)
                .build();
    }
}
