package io.helm4j.release;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Objects;

/**
 * A chart file as a release record keeps it (Helm's {@code common.File}): its path in the chart,
 * its bytes (written in base64) and, from Helm 4 on, its modification time (null when Go's zero).
 */
public record ReleaseFile(String name, byte[] data, OffsetDateTime modTime) {
    public ReleaseFile {
        Objects.requireNonNull(name, "name");
        data = data == null ? null : data.clone();
    }

    @Override
    public byte[] data() {
        return data == null ? null : data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReleaseFile f && name.equals(f.name) && Arrays.equals(data, f.data)
                && Objects.equals(modTime, f.modTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(data), modTime);
    }

    @Override
    public String toString() {
        return "ReleaseFile[" + name + ", " + (data == null ? "null" : data.length + " bytes") + "]";
    }
}
