package io.helm4j.gostd;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 that writes the bytes a {@link GoStrings} string carries: a Writer over this charset writes
 * exactly the bytes Go would write for the same string. Reading is plain UTF-8.
 */
public final class GoCharset extends Charset {
    /** The one instance. */
    public static final GoCharset INSTANCE = new GoCharset();

    private GoCharset() {
        super("x-helm4j-go-utf-8", new String[0]);
    }

    @Override
    public boolean contains(Charset cs) {
        return cs instanceof GoCharset || StandardCharsets.UTF_8.contains(cs);
    }

    @Override
    public CharsetDecoder newDecoder() {
        return StandardCharsets.UTF_8.newDecoder();
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new Encoder(this);
    }

    private static final class Encoder extends CharsetEncoder {
        Encoder(Charset cs) {
            super(cs, 1.1f, 4f, new byte[] {'?'});
        }

        @Override
        public boolean canEncode(char c) {
            return true;
        }

        @Override
        protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
            while (in.hasRemaining()) {
                char c = in.get();
                int need;
                int cp = c;
                if (c < 0x80) {
                    need = 1;
                } else if (c < 0x800) {
                    need = 2;
                } else if (GoStrings.isByte(c)) {
                    need = -1;
                } else if (Character.isHighSurrogate(c)) {
                    if (!in.hasRemaining()) {
                        in.position(in.position() - 1);
                        return CoderResult.UNDERFLOW;
                    }
                    char d = in.get(in.position());
                    if (Character.isLowSurrogate(d)) {
                        cp = Character.toCodePoint(c, d);
                        need = 4;
                    } else {
                        cp = 0xFFFD;
                        need = 3;
                    }
                } else {
                    cp = Character.isSurrogate(c) ? 0xFFFD : c;
                    need = 3;
                }
                int size = need < 0 ? 1 : need;
                if (out.remaining() < size) {
                    in.position(in.position() - 1);
                    return CoderResult.OVERFLOW;
                }
                switch (need) {
                    case -1 -> out.put((byte) GoStrings.byteOf(c));
                    case 1 -> out.put((byte) cp);
                    case 2 -> out.put((byte) (0xC0 | cp >> 6)).put((byte) (0x80 | cp & 0x3F));
                    case 3 -> out.put((byte) (0xE0 | cp >> 12)).put((byte) (0x80 | cp >> 6 & 0x3F))
                            .put((byte) (0x80 | cp & 0x3F));
                    default -> {
                        in.get(); // the low surrogate
                        out.put((byte) (0xF0 | cp >> 18)).put((byte) (0x80 | cp >> 12 & 0x3F))
                                .put((byte) (0x80 | cp >> 6 & 0x3F)).put((byte) (0x80 | cp & 0x3F));
                    }
                }
            }
            return CoderResult.UNDERFLOW;
        }
    }
}
