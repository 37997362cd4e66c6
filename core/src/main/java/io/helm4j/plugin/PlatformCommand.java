package io.helm4j.plugin;

import java.util.List;

/**
 * One entry of {@code platformCommand} (or of a hook, or of a getter's {@code protocolCommands}): the command
 * for an operating system and architecture (empty: any), its first word the program, the rest and
 * {@code args} its arguments.
 */
public record PlatformCommand(String os, String arch, String command, List<String> args) {
    public PlatformCommand {
        os = os == null ? "" : os;
        arch = arch == null ? "" : arch;
        command = command == null ? "" : command;
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A command for every platform. */
    public static PlatformCommand of(String command, String... args) {
        return new PlatformCommand("", "", command, List.of(args));
    }
}
