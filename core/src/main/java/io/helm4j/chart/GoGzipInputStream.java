package io.helm4j.chart;

/**
 * Go's {@code compress/gzip} reader over {@code compress/flate} (Go 1.26's {@code gunzip.go}, {@code inflate.go},
 * {@code dict_decoder.go}) as a stream: the output Go hands out before a fault, then the fault worded as Go words
 * it ({@code flate: corrupt input before offset N}, N being the bytes the decompressor had taken from the member's
 * deflate data, byte by byte as Go takes them into its bit buffer; {@code unexpected EOF}; {@code gzip: invalid
 * header}; {@code gzip: invalid checksum}) as a {@link GoError}. The JDK's inflater (zlib) finds the same faults
 * but words them its own way and stops earlier (it hands out nothing of the call that failed), so the archive
 * reader reads a chart again through this class once the JDK has failed: slower, but only for a broken archive.
 */
final class GoGzipInputStream extends java.io.InputStream {
    private static final int MAX_CODE_LEN = 16;
    private static final int MAX_NUM_LIT = 286;
    private static final int MAX_NUM_DIST = 30;
    private static final int NUM_CODES = 19;
    private static final int CHUNK_BITS = 9;
    private static final int NUM_CHUNKS = 1 << CHUNK_BITS;
    private static final int COUNT_MASK = 15;
    private static final int VALUE_SHIFT = 4;
    private static final int WINDOW = 1 << 15;
    private static final java.util.List<Integer> CODE_ORDER = java.util.List.of(16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4,
            12, 3, 13, 2, 14, 1, 15);

    private final byte[] in;
    private int pos;
    private long roffset;
    private long b;
    private int nb;
    private boolean last;
    private boolean firstMember = true;
    private boolean memberOpen;
    private GoError err;
    private boolean eof;
    private final java.util.zip.CRC32 digest = new java.util.zip.CRC32();
    private long size;
    /** The window: Go's dictDecoder. */
    private final byte[] hist = new byte[WINDOW];
    private int wrPos;
    private int rdPos;
    private boolean full;
    /** What is handed out next: hist[toRead, toReadEnd). */
    private int toRead;
    private int toReadEnd;
    /** Where a block stopped when the window filled: 0 next block, 1 literals, 2 a copy, 3 stored data. */
    private int step;
    private Huffman hl;
    private Huffman hd;
    private int copyLen;
    private int copyDist;
    private final Huffman fixed = Huffman.fixed();

    /** Go's errors: the message is what Go prints. */
    static final class GoError extends java.io.IOException {
        GoError(String message) {
            super(message, null);
        }
    }

    GoGzipInputStream(byte[] in) {
        this.in = in;
    }

    @Override
    public int read() throws java.io.IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    /** gzip's Read: the member's output, its trailer checked at its end, then the next member or the end. */
    @Override
    public int read(byte[] out, int off, int len) throws java.io.IOException {
        if (len == 0) {
            return 0;
        }
        while (true) {
            if (toRead < toReadEnd) {
                int n = Math.min(len, toReadEnd - toRead);
                System.arraycopy(hist, toRead, out, off, n);
                toRead += n;
                digest.update(out, off, n);
                size += n;
                return n;
            }
            if (err != null) {
                throw err;
            }
            if (eof) {
                return -1;
            }
            try {
                if (!memberOpen) {
                    if (!header(firstMember)) {
                        eof = true;
                        continue;
                    }
                    firstMember = false;
                    memberOpen = true;
                    startMember();
                }
                if (last && step == 0) {
                    memberOpen = false;
                    trailer();
                    continue;
                }
                step();
            } catch (GoError e) {
                err = e;
                flush(); // what was decoded before the fault is handed out first, as Go does
            }
        }
    }

    private void trailer() throws GoError {
        skip(8);
        long crc = le32(pos - 8);
        long n = le32(pos - 4);
        if (crc != digest.getValue() || n != (size & 0xffffffffL)) {
            throw new GoError("gzip: invalid checksum");
        }
        digest.reset();
        size = 0;
    }

    private long le32(int at) {
        return (in[at] & 0xffL) | (in[at + 1] & 0xffL) << 8 | (in[at + 2] & 0xffL) << 16 | (in[at + 3] & 0xffL) << 24;
    }

    private void startMember() {
        roffset = 0;
        b = 0;
        nb = 0;
        last = false;
        step = 0;
        wrPos = 0;
        rdPos = 0;
        full = false;
    }

    /** dictDecoder.readFlush: the bytes written since the last flush become readable; the window wraps when full. */
    private void flush() {
        toRead = rdPos;
        toReadEnd = wrPos;
        rdPos = wrPos;
        if (wrPos == WINDOW) {
            wrPos = 0;
            rdPos = 0;
            full = true;
        }
    }

    private int histSize() {
        return full ? WINDOW : wrPos;
    }

    /** One step of Go's decompressor: until the window is full or a block ends. */
    private void step() throws GoError {
        switch (step) {
            case 1 -> huffmanBlock(false);
            case 2 -> huffmanBlock(true);
            case 3 -> copyData();
            default -> nextBlock();
        }
    }

    /** Go's {@code readHeader}; false at a clean end after a member. */
    private boolean header(boolean first) throws GoError {
        if (pos == in.length && !first) {
            return false;
        }
        if (in.length - pos < 10) {
            throw new GoError(pos == in.length ? "EOF" : "unexpected EOF");
        }
        int flg = in[pos + 3] & 0xff;
        if ((in[pos] & 0xff) != 0x1f || (in[pos + 1] & 0xff) != 0x8b || in[pos + 2] != 8) {
            throw new GoError("gzip: invalid header");
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(in, pos, 10);
        int start = pos;
        pos += 10;
        if ((flg & 4) != 0) {
            skip(2);
            int len = (in[pos - 2] & 0xff) | (in[pos - 1] & 0xff) << 8;
            skip(len);
        }
        for (int flag : new int[] {8, 16}) { // the name, the comment: at most 511 bytes before their NUL
            if ((flg & flag) != 0) {
                int i = 0;
                while (true) {
                    if (i >= 512) {
                        throw new GoError("gzip: invalid header");
                    }
                    if (pos >= in.length) {
                        throw new GoError("unexpected EOF");
                    }
                    i++;
                    if (in[pos++] == 0) {
                        break;
                    }
                }
            }
        }
        if ((flg & 2) != 0) {
            crc.reset();
            crc.update(in, start, pos - start);
            skip(2);
            int sum = (in[pos - 2] & 0xff) | (in[pos - 1] & 0xff) << 8;
            if (sum != ((int) crc.getValue() & 0xffff)) {
                throw new GoError("gzip: invalid header");
            }
        }
        return true;
    }

    private void skip(int n) throws GoError {
        if (in.length - pos < n) {
            throw new GoError("unexpected EOF");
        }
        pos += n;
    }

    private void nextBlock() throws GoError {
        while (nb < 3) {
            moreBits();
        }
        last = (b & 1) == 1;
        b >>>= 1;
        int typ = (int) (b & 3);
        b >>>= 2;
        nb -= 3;
        switch (typ) {
            case 0 -> stored();
            case 1 -> {
                hl = fixed;
                hd = null;
                huffmanBlock(false);
            }
            case 2 -> {
                Huffman[] codes = readHuffman();
                hl = codes[0];
                hd = codes[1];
                huffmanBlock(false);
            }
            default -> throw corrupt();
        }
    }

    private void finishBlock() {
        if (last && wrPos > rdPos) {
            flush();
        }
        step = 0;
    }

    private GoError corrupt() {
        return new GoError("flate: corrupt input before offset " + roffset);
    }

    private void stored() throws GoError {
        nb = 0;
        b = 0;
        int got = Math.min(4, in.length - pos);
        pos += got;
        roffset += got;
        if (got < 4) {
            throw new GoError("unexpected EOF");
        }
        int n = (in[pos - 4] & 0xff) | (in[pos - 3] & 0xff) << 8;
        int nn = (in[pos - 2] & 0xff) | (in[pos - 1] & 0xff) << 8;
        if ((nn & 0xffff) != (~n & 0xffff)) {
            throw corrupt();
        }
        if (n == 0) {
            flush();
            finishBlock();
            return;
        }
        copyLen = n;
        copyData();
    }

    private void copyData() throws GoError {
        int want = Math.min(WINDOW - wrPos, copyLen);
        int cnt = Math.min(want, in.length - pos);
        System.arraycopy(in, pos, hist, wrPos, cnt);
        pos += cnt;
        roffset += cnt;
        copyLen -= cnt;
        wrPos += cnt;
        if (cnt < want) {
            throw new GoError("unexpected EOF");
        }
        if (wrPos == WINDOW || copyLen > 0) {
            flush();
            step = 3;
            return;
        }
        finishBlock();
    }

    private void moreBits() throws GoError {
        if (pos >= in.length) {
            throw new GoError("unexpected EOF");
        }
        int c = in[pos++] & 0xff;
        roffset++;
        b = (b | (long) c << nb) & 0xffffffffL;
        nb += 8;
    }

    private Huffman[] readHuffman() throws GoError {
        while (nb < 14) {
            moreBits();
        }
        int nlit = (int) (b & 0x1f) + 257;
        if (nlit > MAX_NUM_LIT) {
            throw corrupt();
        }
        b >>>= 5;
        int ndist = (int) (b & 0x1f) + 1;
        if (ndist > MAX_NUM_DIST) {
            throw corrupt();
        }
        b >>>= 5;
        int nclen = (int) (b & 0xf) + 4;
        b >>>= 4;
        nb -= 14;
        int[] codebits = new int[NUM_CODES];
        for (int i = 0; i < nclen; i++) {
            while (nb < 3) {
                moreBits();
            }
            codebits[CODE_ORDER.get(i)] = (int) (b & 7);
            b >>>= 3;
            nb -= 3;
        }
        Huffman h1 = new Huffman();
        if (!h1.init(codebits, 0, NUM_CODES)) {
            throw corrupt();
        }
        int n = nlit + ndist;
        int[] bits = new int[MAX_NUM_LIT + MAX_NUM_DIST];
        for (int i = 0; i < n;) {
            int x = huffSym(h1);
            if (x < 16) {
                bits[i++] = x;
                continue;
            }
            int rep;
            int extra;
            int v;
            switch (x) {
                case 16 -> {
                    rep = 3;
                    extra = 2;
                    if (i == 0) {
                        throw corrupt();
                    }
                    v = bits[i - 1];
                }
                case 17 -> {
                    rep = 3;
                    extra = 3;
                    v = 0;
                }
                case 18 -> {
                    rep = 11;
                    extra = 7;
                    v = 0;
                }
                default -> throw new GoError("flate: internal error: unexpected length code");
            }
            while (nb < extra) {
                moreBits();
            }
            rep += (int) (b & ((1L << extra) - 1));
            b >>>= extra;
            nb -= extra;
            if (i + rep > n) {
                throw corrupt();
            }
            for (int j = 0; j < rep; j++) {
                bits[i++] = v;
            }
        }
        Huffman lit = new Huffman();
        Huffman dist = new Huffman();
        if (!lit.init(bits, 0, nlit) || !dist.init(bits, nlit, ndist)) {
            throw corrupt();
        }
        if (lit.min < bits[256]) {
            lit.min = bits[256];
        }
        return new Huffman[] {lit, dist};
    }

    private void huffmanBlock(boolean inCopy) throws GoError {
        if (inCopy && copyHistory()) {
            return;
        }
        while (true) {
            int v = huffSym(hl);
            int n;
            int length;
            if (v < 256) {
                hist[wrPos++] = (byte) v;
                if (wrPos == WINDOW) {
                    flush();
                    step = 1;
                    return;
                }
                continue;
            } else if (v == 256) {
                finishBlock();
                return;
            } else if (v < 265) {
                length = v - (257 - 3);
                n = 0;
            } else if (v < 269) {
                length = v * 2 - (265 * 2 - 11);
                n = 1;
            } else if (v < 273) {
                length = v * 4 - (269 * 4 - 19);
                n = 2;
            } else if (v < 277) {
                length = v * 8 - (273 * 8 - 35);
                n = 3;
            } else if (v < 281) {
                length = v * 16 - (277 * 16 - 67);
                n = 4;
            } else if (v < 285) {
                length = v * 32 - (281 * 32 - 131);
                n = 5;
            } else if (v < MAX_NUM_LIT) {
                length = 258;
                n = 0;
            } else {
                throw corrupt();
            }
            if (n > 0) {
                while (nb < n) {
                    moreBits();
                }
                length += (int) (b & ((1L << n) - 1));
                b >>>= n;
                nb -= n;
            }
            int dist;
            if (hd == null) {
                while (nb < 5) {
                    moreBits();
                }
                dist = Integer.reverse((int) (b & 0x1f) << 3) >>> 24;
                b >>>= 5;
                nb -= 5;
            } else {
                dist = huffSym(hd);
            }
            if (dist < 4) {
                dist++;
            } else if (dist < MAX_NUM_DIST) {
                int eb = (dist - 2) >> 1;
                int extra = (dist & 1) << eb;
                while (nb < eb) {
                    moreBits();
                }
                extra |= (int) (b & ((1L << eb) - 1));
                b >>>= eb;
                nb -= eb;
                dist = (1 << (eb + 1)) + 1 + extra;
            } else {
                throw corrupt();
            }
            if (dist > histSize()) {
                throw corrupt();
            }
            copyLen = length;
            copyDist = dist;
            if (copyHistory()) {
                return;
            }
        }
    }

    /** The pending back-reference copied as far as the window allows; true when the step must return. */
    private boolean copyHistory() {
        while (copyLen > 0 && wrPos < WINDOW) {
            int src = wrPos - copyDist;
            hist[wrPos++] = hist[src < 0 ? src + WINDOW : src];
            copyLen--;
        }
        if (wrPos == WINDOW || copyLen > 0) {
            flush();
            step = copyLen > 0 ? 2 : 1;
            return true;
        }
        return false;
    }

    /** Go's {@code huffSym}: bytes taken one at a time until the code is known. */
    private int huffSym(Huffman h) throws GoError {
        int n = h.min;
        int lnb = nb;
        long lb = b;
        while (true) {
            while (lnb < n) {
                if (pos >= in.length) {
                    b = lb;
                    nb = lnb;
                    throw new GoError("unexpected EOF");
                }
                int c = in[pos++] & 0xff;
                roffset++;
                lb = (lb | (long) c << (lnb & 31)) & 0xffffffffL;
                lnb += 8;
            }
            int chunk = h.chunks[(int) (lb & (NUM_CHUNKS - 1))];
            n = chunk & COUNT_MASK;
            if (n > CHUNK_BITS) {
                chunk = h.links[chunk >>> VALUE_SHIFT][(int) ((lb >>> CHUNK_BITS) & h.linkMask)];
                n = chunk & COUNT_MASK;
            }
            if (n <= lnb) {
                if (n == 0) {
                    b = lb;
                    nb = lnb;
                    throw corrupt();
                }
                b = lb >>> (n & 31);
                nb = lnb - n;
                return chunk >>> VALUE_SHIFT;
            }
        }
    }

    /** Go's {@code huffmanDecoder}: 9-bit chunks, overflow links for longer codes. */
    private static final class Huffman {
        int min;
        final int[] chunks = new int[NUM_CHUNKS];
        int[][] links;
        int linkMask;

        static Huffman fixed() {
            int[] bits = new int[288];
            for (int i = 0; i < 288; i++) {
                bits[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
            }
            Huffman h = new Huffman();
            h.init(bits, 0, 288);
            return h;
        }

        boolean init(int[] lengths, int from, int count) {
            int[] counts = new int[MAX_CODE_LEN];
            int lo = 0;
            int hi = 0;
            for (int k = from; k < from + count; k++) {
                int n = lengths[k];
                if (n == 0) {
                    continue;
                }
                if (lo == 0 || n < lo) {
                    lo = n;
                }
                if (n > hi) {
                    hi = n;
                }
                counts[n]++;
            }
            if (hi == 0) {
                return true;
            }
            int code = 0;
            int[] nextcode = new int[MAX_CODE_LEN];
            for (int i = lo; i <= hi; i++) {
                code <<= 1;
                nextcode[i] = code;
                code += counts[i];
            }
            if (code != 1 << hi && !(code == 1 && hi == 1)) {
                return false;
            }
            min = lo;
            if (hi > CHUNK_BITS) {
                int numLinks = 1 << (hi - CHUNK_BITS);
                linkMask = numLinks - 1;
                int link = nextcode[CHUNK_BITS + 1] >> 1;
                links = new int[NUM_CHUNKS - link][];
                for (int j = link; j < NUM_CHUNKS; j++) {
                    int reverse = Integer.reverse(j) >>> (32 - CHUNK_BITS);
                    int off = j - link;
                    chunks[reverse] = off << VALUE_SHIFT | (CHUNK_BITS + 1);
                    links[off] = new int[numLinks];
                }
            }
            for (int k = from; k < from + count; k++) {
                int n = lengths[k];
                if (n == 0) {
                    continue;
                }
                int c = nextcode[n]++;
                int chunk = (k - from) << VALUE_SHIFT | n;
                int reverse = Integer.reverse(c) >>> (32 - n);
                if (n <= CHUNK_BITS) {
                    for (int off = reverse; off < NUM_CHUNKS; off += 1 << n) {
                        chunks[off] = chunk;
                    }
                } else {
                    int j = reverse & (NUM_CHUNKS - 1);
                    int[] linktab = links[chunks[j] >>> VALUE_SHIFT];
                    reverse >>>= CHUNK_BITS;
                    for (int off = reverse; off < linktab.length; off += 1 << (n - CHUNK_BITS)) {
                        linktab[off] = chunk;
                    }
                }
            }
            return true;
        }
    }
}
