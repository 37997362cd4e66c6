package io.helm4j.internal.engine.funcs;

import io.helm4j.gotemplate.GoObject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Go {@code time.Time} values for templates outside the engine (a release record's times). */
public final class GoTimes {
    private GoTimes() {
    }

    /**
     * The {@code time.Time} Go's {@code time.Parse} of RFC 3339 gives for {@code t}: UTC for an offset of zero, the
     * local zone when its offset at that instant is {@code t}'s, else a zone with only the offset; Go's zero time for
     * null.
     */
    public static GoObject of(OffsetDateTime t) {
        if (t == null) {
            return GoTime.zero();
        }
        ZoneOffset offset = t.getOffset();
        if (offset.getTotalSeconds() == 0) {
            return new GoTime(t.toInstant(), ZoneOffset.UTC, null);
        }
        ZoneId local = ZoneId.systemDefault();
        if (local.getRules().getOffset(t.toInstant()).equals(offset)) {
            return new GoTime(t.toInstant(), local, null);
        }
        return new GoTime(t.toInstant(), offset, "");
    }
}
