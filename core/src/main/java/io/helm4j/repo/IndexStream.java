package io.helm4j.repo;

import io.helm4j.events.Event;
import io.helm4j.events.EventSink;
import io.helm4j.yaml.GoYaml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

/**
 * An {@code index.yaml} file read chart by chart, so that a large index never has its whole document tree (nor
 * its whole text) in memory: the file is split into lines as it is read, the charts under {@code entries:} are
 * cut out one by one, each is read alone by the YAML reader's certain path ({@link GoYaml#loadPlainMap}), checked
 * and turned into its JSON block for the pre-digested form on the common pool while the next ones are read, and
 * dropped. The top-level keys other than {@code entries} are read together as one small document.
 *
 * <p>Only an index of the usual shape is read so (what {@code helm repo index} and every repository writes:
 * block mappings, plain top-level keys each once, each chart a plain key on a line of its own at one indentation,
 * no anchors, aliases, tags, tabs or carriage returns, a final line break): anything else, and anything a part's
 * reading is not certain of, <b>declines</b> ({@link #digest} returns null) and the caller parses the whole
 * document as before, with its errors and warnings exactly as they were. Each part is read with the same
 * indentation and followed by a line at its chart's indentation, as in the document, so the values are those of
 * the whole document's reading; charts repeated under {@code entries} decline.
 */
final class IndexStream {
    /** The key of the line after each chart's text: ends its last node as the next chart's key does. */
    private static final String END_KEY = "helm4j-split-end";

    private final Path file;
    private final String source;
    private final ByteArrayOutputStream skeleton = new ByteArrayOutputStream();
    private final ArrayDeque<CompletableFuture<Part>> pending = new ArrayDeque<>();
    private final List<Part> done = new ArrayList<>();
    private final int window = 2 * ForkJoinPool.getCommonPoolParallelism() + 2;
    private ByteArrayOutputStream chunk;
    private int topKeys;
    private boolean inEntries;
    private boolean seenEntries;
    private int chartIndent = -1;
    private boolean declined;

    /** One chart read: its name, its entries as JSON, its warnings (null when its reading declined). */
    private record Part(String name, byte[] json, List<Event> warnings) {
    }

    private IndexStream(Path file, String source) {
        this.file = file;
        this.source = source;
    }

    /**
     * The index in {@code file} digested as {@link IndexFile#digest} does (without the decoded versions), its
     * warnings emitted into {@code events}; null when the file is not of the shape read chart by chart (nothing
     * emitted then).
     */
    static IndexFile.Digested digest(Path file, String source, EventSink events) throws IOException {
        return new IndexStream(file, source).run(events);
    }

    private IndexFile.Digested run(EventSink events) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Lines lines = new Lines(in);
            while (!declined && lines.next()) {
                if (!lines.ended) {
                    declined = true; // no final line break
                    break;
                }
                line(lines.buf, lines.len);
            }
        } finally {
            if (declined) {
                pending.forEach(f -> f.cancel(false));
            }
        }
        if (declined) {
            return null;
        }
        flush();
        while (!pending.isEmpty()) {
            done.add(pending.poll().join());
        }
        String api = apiVersion();
        if (api == null || !seenEntries) {
            return null;
        }
        List<String> names = new ArrayList<>(done.size());
        List<byte[]> json = new ArrayList<>(done.size());
        Set<String> seen = new HashSet<>();
        for (Part p : done) {
            if (p.warnings == null || !seen.add(p.name)) {
                return null;
            }
            names.add(p.name);
            json.add(p.json);
        }
        boolean warned = false;
        for (Part p : done) {
            for (Event e : p.warnings) {
                warned = true;
                events.emit(e);
            }
        }
        return new IndexFile.Digested(null, api, names, json, warned);
    }

    /** The top level's apiVersion as the whole document's reading gives it, or null to decline. */
    private String apiVersion() {
        Object root;
        try {
            root = GoYaml.load(GoYaml.text(skeleton.toByteArray()));
        } catch (RuntimeException e) {
            return null;
        }
        if (!(root instanceof Map<?, ?> m) || m.size() != topKeys || m.containsKey("entries")) {
            return null; // two keys that read as one, or not a mapping
        }
        Object api = m.get("apiVersion");
        return api == null || String.valueOf(api).isEmpty() ? null : String.valueOf(api);
    }

    /** One line, its final line break included. */
    private void line(byte[] b, int len) {
        int ind = 0;
        while (ind < len && b[ind] == ' ') {
            ind++;
        }
        byte first = b[ind]; // a line break at worst
        if (first == '\t' || first == '\r') {
            declined = true;
            return;
        }
        boolean neutral = first == '\n' || first == '#'; // blank or a comment
        if (inEntries) {
            if (neutral) {
                if (chunk != null) {
                    chunk.write(b, 0, len);
                }
                return;
            }
            if (ind > 0) {
                entriesLine(b, len, ind);
                return;
            }
            flush();
            inEntries = false; // a top-level key after the entries
        }
        if (ind == 0 && !neutral) {
            if (isEntriesLine(b, len)) {
                declined |= seenEntries;
                seenEntries = true;
                inEntries = true;
                return;
            }
            if (!isKey(b, 0, len, false)) {
                declined = true;
                return;
            }
            topKeys++;
        } else if (!neutral && topKeys == 0) {
            declined = true; // indented content before any key
            return;
        }
        skeleton.write(b, 0, len);
    }

    /** An indented line under {@code entries:}: a chart's key, or part of the chart being read. */
    private void entriesLine(byte[] b, int len, int ind) {
        if (chartIndent < 0) {
            chartIndent = ind;
        }
        if (ind < chartIndent) {
            declined = true;
            return;
        }
        if (ind == chartIndent) {
            if (isKey(b, ind, len, true)) {
                flush();
                chunk = new ByteArrayOutputStream(1 << 16);
            } else if (b[ind] != '-' || chunk == null || b[ind + 1] != ' ' && b[ind + 1] != '\n') {
                declined = true; // at the charts' indentation only their keys and their sequences' items
                return;
            }
        }
        if (chunk == null) {
            declined = true;
            return;
        }
        chunk.write(b, 0, len);
    }

    /** Hands the chart read so far to the common pool (waiting for the oldest when many are in flight). */
    private void flush() {
        if (chunk == null) {
            return;
        }
        byte[] end = (" ".repeat(chartIndent) + END_KEY + ": 0\n").getBytes(StandardCharsets.US_ASCII);
        chunk.write(end, 0, end.length);
        byte[] text = chunk.toByteArray();
        chunk = null;
        if (pending.size() >= window) {
            Part p = pending.poll().join();
            done.add(p);
            declined |= p.warnings == null;
        }
        pending.add(CompletableFuture.supplyAsync(() -> read(text), ForkJoinPool.commonPool()));
    }

    /** One chart's text read, its entries decoded (warnings kept) and written as JSON. */
    private Part read(byte[] text) {
        Map<String, Object> m;
        try {
            m = GoYaml.loadPlainMap(GoYaml.text(text));
        } catch (RuntimeException e) {
            return new Part(null, null, null);
        }
        if (m == null || m.size() != 2 || !m.containsKey(END_KEY)) {
            return new Part(null, null, null);
        }
        String name = null;
        for (String k : m.keySet()) {
            if (!k.equals(END_KEY)) {
                name = k;
            }
        }
        Object list = m.get(name);
        List<Event> warnings = new ArrayList<>(0);
        IndexFile.versions(name, list, source, warnings::add);
        return new Part(name, GoYaml.toJson(list).getBytes(StandardCharsets.UTF_8), warnings);
    }

    /** {@code entries:} alone on its line (spaces after it allowed). */
    private static boolean isEntriesLine(byte[] b, int len) {
        byte[] e = {'e', 'n', 't', 'r', 'i', 'e', 's', ':'};
        if (len < e.length + 1) {
            return false;
        }
        for (int i = 0; i < e.length; i++) {
            if (b[i] != e[i]) {
                return false;
            }
        }
        return blankFrom(b, e.length, len);
    }

    /**
     * A plain key at {@code at} followed by a colon: a chart's ({@code alone}: nothing but spaces after the colon;
     * letters, digits, {@code _ . -}, not first a dot or dash) or a top-level one (letters, digits, {@code _};
     * a space or the line's end after the colon).
     */
    private static boolean isKey(byte[] b, int at, int len, boolean alone) {
        int i = at;
        while (i < len && (b[i] >= 'a' && b[i] <= 'z' || b[i] >= 'A' && b[i] <= 'Z' || b[i] >= '0' && b[i] <= '9'
                || b[i] == '_' || alone && i > at && (b[i] == '.' || b[i] == '-'))) {
            i++;
        }
        if (i == at || i >= len || b[i] != ':') {
            return false;
        }
        return alone ? blankFrom(b, i + 1, len) : b[i + 1] == ' ' || b[i + 1] == '\n';
    }

    private static boolean blankFrom(byte[] b, int from, int len) {
        for (int i = from; i < len - 1; i++) {
            if (b[i] != ' ') {
                return false;
            }
        }
        return b[len - 1] == '\n';
    }

    /** The lines of a stream, one at a time in a reused buffer, each with its line break. */
    private static final class Lines {
        private final InputStream in;
        private final byte[] block = new byte[1 << 16];
        private int blockPos;
        private int blockLen;
        byte[] buf = new byte[256];
        int len;
        /** Whether the line read last ends with a line break. */
        boolean ended;

        Lines(InputStream in) {
            this.in = in;
        }

        boolean next() throws IOException {
            len = 0;
            while (true) {
                if (blockPos == blockLen) {
                    blockLen = in.read(block);
                    blockPos = 0;
                    if (blockLen <= 0) {
                        blockLen = 0;
                        ended = false;
                        return len > 0;
                    }
                }
                int start = blockPos;
                while (blockPos < blockLen && block[blockPos] != '\n') {
                    blockPos++;
                }
                boolean found = blockPos < blockLen;
                if (found) {
                    blockPos++;
                }
                append(start, blockPos - start);
                if (found) {
                    ended = true;
                    return true;
                }
            }
        }

        private void append(int from, int n) {
            if (len + n > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
            }
            System.arraycopy(block, from, buf, len, n);
            len += n;
        }
    }
}
