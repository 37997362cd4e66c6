package io.helm4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonEqualityTest {
    @Test
    void integersBeyondADoublesPrecisionStayDifferent() {
        assertThat(JsonEquality.same(9007199254740993L, 9007199254740992L)).isFalse();
        assertThat(JsonEquality.same(9007199254740993L, 9007199254740992.0)).isFalse();
        assertThat(JsonEquality.same(Long.MAX_VALUE, Long.MAX_VALUE - 1)).isFalse();
        assertThat(JsonEquality.same(new BigInteger("18446744073709551617"), new BigInteger("18446744073709551616")))
                .isFalse();
        assertThat(JsonEquality.same(9007199254740993L, 9007199254740993L)).isTrue();
        assertThat(JsonEquality.same(9007199254740992L, 9007199254740992.0)).isTrue();
    }

    @Test
    void aNumberEqualsTheSameValueOfAnotherType() {
        assertThat(JsonEquality.same(1, 1L)).isTrue();
        assertThat(JsonEquality.same(1L, 1.0)).isTrue();
        assertThat(JsonEquality.same(0.1, new BigDecimal("0.1"))).isTrue();
        assertThat(JsonEquality.same(0.1, new BigDecimal("0.10"))).isTrue();
        assertThat(JsonEquality.same(new BigInteger("5"), 5)).isTrue();
        assertThat(JsonEquality.same(1.5f, 1.5)).isTrue();
        assertThat(JsonEquality.same(0.1, 0.2)).isFalse();
        assertThat(JsonEquality.same(1, "1")).isFalse();
    }

    @Test
    void nonFiniteNumbersCompareAsGoComparesThem() {
        assertThat(JsonEquality.same(Double.NaN, Double.NaN)).isFalse();
        assertThat(JsonEquality.same(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)).isTrue();
        assertThat(JsonEquality.same(Double.POSITIVE_INFINITY, Long.MAX_VALUE)).isFalse();
    }

    @Test
    void mapsAndListsCompareElementByElement() {
        assertThat(JsonEquality.same(Map.of("a", List.of(1L, Map.of("b", 2L))), Map.of("a", List.of(1.0, Map.of("b", 2)))))
                .isTrue();
        assertThat(JsonEquality.same(Map.of("a", 1L), Map.of("a", 1L, "b", 2L))).isFalse();
        assertThat(JsonEquality.same(Map.of("a", 1L), Map.of("b", 1L))).isFalse();
        assertThat(JsonEquality.same(List.of(1L, 2L), List.of(2L, 1L))).isFalse();
        assertThat(JsonEquality.same(List.of(9007199254740993L), List.of(9007199254740992L))).isFalse();
        java.util.HashMap<String, Object> withNull = new java.util.HashMap<>();
        withNull.put("a", null);
        assertThat(JsonEquality.same(withNull, Map.of("b", 1L))).isFalse();
        assertThat(JsonEquality.same(withNull, new java.util.HashMap<>(withNull))).isTrue();
    }
}
