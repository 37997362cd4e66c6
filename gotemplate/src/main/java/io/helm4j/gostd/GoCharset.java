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
        /** The JDK's encoder, for runs without surrogates (all valid UTF-8 text but astral characters). */
        private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();

        Encoder(Charset cs) {
            super(cs, 1.1f, 4f, new byte[] {'?'});
        }

        @Override
        protected void implReset() {
            utf8.reset();
        }

        @Override
        public boolean canEncode(char c) {
            return true;
        }

        @Override
        protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
            while (true) {
                // the JDK's encoder stops, reporting malformed input, at a lone surrogate: a carried byte or not
                CoderResult r = utf8.encode(in, out, false);
                if (!r.isMalformed()) {
                    return r;
                }
                if (!out.hasRemaining()) {
                    return CoderResult.OVERFLOW;
                }
                char c = in.get();
                if (GoStrings.isByte(c)) {
                    out.put((byte) GoStrings.byteOf(c));
                } else if (out.remaining() < 3) {
                    in.position(in.position() - 1);
                    return CoderResult.OVERFLOW;
                } else {
                    out.put((byte) 0xEF).put((byte) 0xBF).put((byte) 0xBD); // any other lone surrogate: U+FFFD
                }
            }
        }
    }
}
