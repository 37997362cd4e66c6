package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * helm4j's own flags ({@code upgrade --plan}, {@code --yes}, {@code status --drift}) are listed in help when the
 * program goes by its own name, and left out when it runs as {@code helm}, whose help stays Helm's (checked byte
 * for byte against Helm 4 by {@link HelpGoldensTest}): but for those lines and the command path, the two are the same.
 */
class BeyondHelmFlagsTest {
    private static String without(String help, String... flags) {
        return help.lines().filter(l -> java.util.Arrays.stream(flags).noneMatch(f -> l.startsWith("      " + f + " ")))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void upgradeListsPlanAndYesAsHelm4jOnly() {
        String own = HelpGoldensTest.helm4j("helm4j", "upgrade");
        String helms = HelpGoldensTest.helm4j("helm", "upgrade");
        assertThat(own).contains("      --plan ", "(helm4j) print what the upgrade changes", "      --yes ",
                "(helm4j) with --plan, apply the plan without asking");
        assertThat(helms).doesNotContain("--plan", "(helm4j)");
        assertThat(without(own, "--plan", "--yes"))
                .isEqualTo(helms.replace("\n  helm upgrade [RELEASE]", "\n  helm4j upgrade [RELEASE]"));
    }

    @Test
    void statusListsDriftAsHelm4jOnly() {
        String own = HelpGoldensTest.helm4j("helm4j", "status");
        String helms = HelpGoldensTest.helm4j("helm", "status");
        assertThat(own).contains("      --drift ", "(helm4j) also show the fields");
        assertThat(helms).doesNotContain("--drift");
        assertThat(without(own, "--drift")).isEqualTo(helms.replace("\n  helm status RELEASE_NAME",
                "\n  helm4j status RELEASE_NAME"));
    }
}
