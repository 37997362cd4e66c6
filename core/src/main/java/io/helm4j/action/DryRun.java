package io.helm4j.action;

/** Helm's {@code --dry-run}: none, {@code client} (no cluster contacted) or {@code server} (the server validates, nothing is stored). */
public enum DryRun {
    NONE, CLIENT, SERVER;

    /** Parses Helm's flag value: {@code none}, {@code client}, {@code server} (and {@code true}/{@code false}, as Helm 4 maps them). */
    public static DryRun parse(String s) {
        return switch (s == null ? "" : s) {
            case "", "none", "false" -> NONE;
            case "client", "true" -> CLIENT;
            case "server" -> SERVER;
            default -> throw new io.helm4j.UsageException("invalid dry-run value (" + s
                    + "). Must be \"none\", \"server\", or \"client\"");
        };
    }
}
