package io.helm4j.yaml;

import java.util.ArrayList;
import java.util.Collection;

/**
 * A Go slice whose capacity may exceed its length. Go's {@code append} grows a slice's backing array beyond
 * what it holds, and Sprig's {@code slice} (reflect's Value.Slice) may reach up to that capacity: the
 * elements past the length are the zero value, or, for a slice of a longer slice, the elements it cut off.
 * A plain {@code List} is a slice whose capacity is its length (what {@code list} makes).
 */
public class GoSlice extends ArrayList<Object> {
    private int cap = -1;
    private Object[] tail;
    /** When made by one append to a slice of this capacity (of interface values): the capacity, computed lazily. */
    private int grownFrom = -1;

    public GoSlice() {
    }

    public GoSlice(Collection<?> elements) {
        super(elements);
    }

    /**
     * Sets the capacity and the elements between the length and the capacity ({@code tail}; null or shorter:
     * the rest are the zero value). Called once, right after the slice is made.
     */
    public GoSlice withCapacity(int capacity, Object[] beyond) {
        this.cap = capacity;
        this.tail = beyond;
        return this;
    }

    /**
     * Marks this slice as made by appending to a {@code []interface {}} of capacity {@code oldCap} (Go's
     * {@code append} of Sprig's {@code push} and {@code prepend}); its capacity is computed when asked.
     */
    public GoSlice grownFrom(int oldCap) {
        this.grownFrom = oldCap;
        return this;
    }

    /** Go's {@code cap}: at least the length. */
    public int goCap() {
        if (cap < 0 && grownFrom >= 0) {
            cap = GoGrowth.grow(size(), grownFrom, GoGrowth.INTERFACE, true);
        }
        return Math.max(cap, size());
    }

    /** The backing array's element at {@code index}, between the length and the capacity. */
    public Object beyondLength(int index) {
        int i = index - size();
        return tail != null && i < tail.length ? tail[i] : zero();
    }

    /** True when some element past the length is not the zero value (a slice of a longer slice). */
    public boolean hasTail() {
        return tail != null;
    }

    /** The zero value of the element type ({@code nil} for {@code interface {}}). */
    public Object zero() {
        return null;
    }

    /**
     * A {@code []interface {}} made by appending one element at a time to an empty slice, as encoding/json
     * decodes an array (so every list sigs.k8s.io/yaml reads) and Sprig's {@code uniq}, {@code compact},
     * {@code without}, {@code values}, {@code pluck} build theirs: its capacity is what Go's append left.
     */
    public static final class Appended extends GoSlice {
        public Appended() {
        }

        public Appended(int initialCapacity) {
            super.ensureCapacity(initialCapacity);
        }

        public Appended(Collection<?> elements) {
            super(elements);
        }

        @Override
        public int goCap() {
            return GoGrowth.appendedCap(0, size(), GoGrowth.INTERFACE, true);
        }
    }
}
