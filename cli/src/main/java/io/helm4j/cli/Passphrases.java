package io.helm4j.cli;

import io.helm4j.Helm4jException;
import io.helm4j.provenance.PassphraseSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code --passphrase-file} as Helm reads it: the first line of the file, or of stdin for {@code -} (read once,
 * so several charts signed in one run share it); without the flag, a prompt on the terminal.
 */
final class Passphrases {
    private Passphrases() {
    }

    static PassphraseSource from(String file) {
        if (file == null || file.isEmpty()) {
            return Passphrases::prompt;
        }
        byte[][] cached = new byte[1][];
        return name -> {
            if (cached[0] == null) {
                cached[0] = file.equals("-") ? firstLine(System.in, "stdin") : readFile(Path.of(file));
            }
            return cached[0];
        };
    }

    private static byte[] readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return firstLine(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new Helm4jException("open " + file + ": no such file or directory", e);
        } catch (IOException e) {
            throw new Helm4jException("open " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] firstLine(InputStream in, String label) {
        try {
            Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
            String line = new BufferedReader(r).readLine();
            if (line == null) {
                throw new Helm4jException(label.equals("stdin")
                        ? "specified reading passphrase from stdin, without input on stdin" : "EOF");
            }
            return line.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Helm4jException("reading the passphrase from " + label + ": " + e.getMessage(), e);
        }
    }

    private static byte[] prompt(String name) {
        java.io.Console console = System.console();
        if (console == null) {
            throw new Helm4jException("no terminal to ask the passphrase for key \"" + name
                    + "\" on: use --passphrase-file");
        }
        char[] pw = console.readPassword("Password for key \"%s\" >  ", name);
        console.printf("%n");
        return pw == null ? new byte[0] : new String(pw).getBytes(StandardCharsets.UTF_8);
    }
}
