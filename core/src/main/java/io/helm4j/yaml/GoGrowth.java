package io.helm4j.yaml;

/**
 * How Go's runtime grows a slice on {@code append} (runtime.growslice, Go 1.26): {@code nextslicecap} doubles a
 * small capacity and adds about a quarter past 256 elements, then {@code roundupsize} rounds the bytes up to
 * the allocator's size class (with the 8-byte malloc header of a pointerful object over 512 bytes, or to whole
 * 8 KiB pages past 32 KiB), and the capacity is what fits.
 */
public final class GoGrowth {
    /** The size of an {@code interface {}} or a {@code string}: two words. */
    public static final int INTERFACE = 16;
    /** The size of an {@code int}. */
    public static final int INT = 8;

    private static final java.util.List<Integer> SIZE_CLASSES = java.util.List.of(0, 8, 16, 24, 32, 48, 64, 80,
        96, 112, 128, 144, 160, 176, 192, 208,
        224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536,
        1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240,
        10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768);
    private static final int MAX_SMALL_SIZE = 32768;
    private static final int MALLOC_HEADER = 8;
    private static final int MIN_SIZE_FOR_MALLOC_HEADER = 512;
    private static final long PAGE = 8192;

    private GoGrowth() {
    }

    /** The capacity after appending to a slice of capacity {@code oldCap} so that it holds {@code newLen}. */
    public static int grow(int newLen, int oldCap, int elemSize, boolean pointers) {
        long newcap = nextCap(newLen, oldCap);
        long mem = roundUpSize(newcap * elemSize, !pointers);
        return (int) Math.min(Integer.MAX_VALUE, mem / elemSize);
    }

    /** The capacity of a slice of capacity {@code cap} after appending one element at a time up to {@code len}. */
    public static int appendedCap(int cap, int len, int elemSize, boolean pointers) {
        int c = cap;
        while (c < len) {
            c = grow(c + 1, c, elemSize, pointers);
        }
        return c;
    }

    /**
     * The capacity of a chart file's bytes as Helm 4.3.2 reads a chart directory: {@code io.ReadAll} (Go 1.26)
     * starts from 512 bytes and ends, past that, in one slice of the exact size rounded up by the allocator.
     */
    public static int readAllCap(int len) {
        return len <= 512 ? 512 : (int) Math.min(Integer.MAX_VALUE, roundUpSize(len, true));
    }

    private static long nextCap(int newLen, int oldCap) {
        long newcap = oldCap;
        long doublecap = newcap + newcap;
        if (newLen > doublecap) {
            return newLen;
        }
        final int threshold = 256;
        if (oldCap < threshold) {
            return doublecap;
        }
        while (newcap < newLen) {
            newcap += (newcap + 3 * threshold) >> 2;
        }
        return newcap;
    }

    private static long roundUpSize(long size, boolean noscan) {
        long req = size;
        if (req <= MAX_SMALL_SIZE - MALLOC_HEADER) {
            if (!noscan && req > MIN_SIZE_FOR_MALLOC_HEADER) {
                req += MALLOC_HEADER;
            }
            int i = java.util.Collections.binarySearch(SIZE_CLASSES, (int) req);
            int c = SIZE_CLASSES.get(i >= 0 ? i : -i - 1); // the smallest size class that holds req
            return c - (req - size);
        }
        return (req + PAGE - 1) & ~(PAGE - 1);
    }
}
