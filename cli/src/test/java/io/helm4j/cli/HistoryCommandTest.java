package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.release.Release;
import io.helm4j.release.ReleaseInfo;
import io.helm4j.release.ReleaseStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** History's renderings of what the cluster test cannot make: a record without a chart, Go's padded day. */
class HistoryCommandTest {
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-07T05:41:18.7946454Z");
    private static final List<Release> REVS = List.of(new Release("web", new ReleaseInfo(AT, AT, null, "Rollback to 1",
            ReleaseStatus.DEPLOYED, 1, "", null), null, Map.of(), "m", List.of(), 4, "ns", Map.of(), "", null));

    @Test
    void aRecordWithoutAChartIsMissingAndTheDayIsPaddedWithASpace() {
        assertThat(HistoryCommand.render(REVS, "table", true)).isEqualTo(
                "REVISION\tUPDATED                 \tSTATUS  \tCHART  \tAPP VERSION\tROLLBACK\tDESCRIPTION  \n"
                + "4       \tMon Dec  7 05:41:18 2026\tdeployed\tMISSING\tMISSING    \t1       \tRollback to 1\n");
    }

    @Test
    void jsonKeepsTheNanosecondsWithoutTrailingZerosAndEmptyIsAnEmptyList() {
        assertThat(HistoryCommand.render(REVS, "json", false)).isEqualTo("[{\"revision\":4,\"updated\":"
                + "\"2026-12-07T05:41:18.7946454Z\",\"status\":\"deployed\",\"chart\":\"MISSING\",\"app_version\":"
                + "\"MISSING\",\"rollback_revision\":1,\"description\":\"Rollback to 1\"}]\n");
        assertThat(HistoryCommand.render(List.of(), "json", false)).isEqualTo("[]\n");
        assertThat(HistoryCommand.render(List.of(), "yaml", false)).isEqualTo("[]\n");
    }
}
