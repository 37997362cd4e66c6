package io.helm4j.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.Helm4jException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three-way JSON merge patch Helm sends custom resources it adopts client-side, with its checks. */
class JsonMergePatchThreeWayTest {
    private static Map<String, Object> json(String s) {
        return KubeJson.parseObject(s);
    }

    @Test
    void whatOthersAddedStaysAndWhatTheChartDroppedGoes() {
        Map<String, Object> patch = JsonMergePatch.threeWay(json("{\"spec\":{\"a\":1,\"b\":2}}"),
                json("{\"spec\":{\"a\":3}}"), json("{\"spec\":{\"a\":1,\"b\":2,\"other\":true}}"));
        assertThat(KubeJson.write(patch)).isEqualTo("{\"spec\":{\"a\":3,\"b\":null}}");
    }

    @Test
    void aChangedNameKindOrApiVersionFailsThePreconditions() {
        assertThatThrownBy(() -> JsonMergePatch.threeWay(json("{\"metadata\":{\"name\":\"a\"}}"),
                json("{\"metadata\":{\"name\":\"b\"}}"), json("{\"metadata\":{\"name\":\"a\"}}")))
                .isInstanceOf(Helm4jException.class)
                .hasMessage("precondition failed for: {\"metadata\":{\"name\":\"b\"}}: at least one field was changed: "
                        + "apiVersion, kind or name");
        assertThatThrownBy(() -> JsonMergePatch.threeWay(json("{\"kind\":\"A\"}"), json("{\"kind\":\"B\"}"),
                json("{\"kind\":\"A\"}"))).hasMessageContaining("precondition failed");
    }

    @Test
    void conflictsAreKeysBothPatchesSetDifferently() {
        assertThat(JsonMergePatch.hasConflicts(json("{\"a\":{\"b\":1}}"), json("{\"a\":{\"c\":null}}"))).isFalse();
        assertThat(JsonMergePatch.hasConflicts(json("{\"a\":{\"b\":1}}"), json("{\"a\":{\"b\":null}}"))).isTrue();
        assertThat(JsonMergePatch.hasConflicts(json("{\"a\":[1,2]}"), json("{\"a\":[1]}"))).isTrue();
        assertThat(JsonMergePatch.hasConflicts(json("{\"a\":[1,2]}"), json("{\"a\":[1,2]}"))).isFalse();
        assertThat(JsonMergePatch.hasConflicts(json("{\"a\":{}}"), json("{\"a\":\"x\"}"))).isTrue();
        assertThat(JsonMergePatch.hasConflicts(List.of(), Map.of())).isTrue();
    }

    /** Client-side patches compare numbers exactly: a change past a double's precision is still sent. */
    @Test
    void largeIntegersThatADoubleCannotTellApartArePatched() {
        assertThat(KubeJson.write(JsonMergePatch.diff(json("{\"spec\":{\"n\":9007199254740992,\"m\":1}}"),
                json("{\"spec\":{\"n\":9007199254740993,\"m\":1.0}}")))).isEqualTo("{\"spec\":{\"n\":9007199254740993}}");
        assertThat(JsonMergePatch.hasConflicts(json("{\"n\":9007199254740993}"), json("{\"n\":9007199254740992}")))
                .isTrue();
    }
}
