package io.helm4j.values;

import static io.helm4j.values.Fixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValueOptionsTest {
    private final Map<String, String> files = new HashMap<>();
    private final ValueSource source = path -> {
        String s = files.get(path);
        if (s == null) {
            throw new ValuesException("open " + path + ": no such file or directory");
        }
        return s.getBytes(StandardCharsets.UTF_8);
    };

    @Test
    void filesMergeInOrderLaterWinning() {
        files.put("a.yaml", "x: {a: 1, b: 1}\nl: [1]\n");
        files.put("b.yaml", "x: {b: 2}\nl: [2]\n");
        ValueOptions o = new ValueOptions(List.of("a.yaml", "b.yaml"), null, null, null, null, null);
        assertThat(o.merge(source)).isEqualTo(yaml("x: {a: 1, b: 2}\nl: [2]\n"));
    }

    @Test
    void everyDocumentOfAValuesFileIsMerged() {
        files.put("multi.yaml", "a: 1\nm: {x: 1}\n---\nb: 2\nm: {y: 2}\n---\n");
        ValueOptions o = new ValueOptions(List.of("multi.yaml"), null, null, null, null, null);
        assertThat(o.merge(source)).isEqualTo(yaml("a: 1\nb: 2\nm: {x: 1, y: 2}\n"));
    }

    @Test
    void flagsApplyInHelmsOrder() {
        files.put("f.yaml", "v: file\n");
        files.put("content.txt", "from-file");
        // json < set < set-string < set-file < set-literal
        ValueOptions o = new ValueOptions(List.of("f.yaml"), List.of("v=1,a=1,b=1,c=1"), List.of("b=2,c=2,d=2"),
                List.of("c=content.txt,e=content.txt"), List.of("v=\"json\",j={\"k\":[1,2]}"), List.of("d=x,y"));
        assertThat(o.merge(source)).isEqualTo(Fixtures.map("v", 1L, "j", Fixtures.map("k", Fixtures.list(1.0, 2.0)),
                "a", 1L, "b", "2", "c", "from-file", "d", "x,y", "e", "from-file"));
    }

    @Test
    void setJsonTakesAWholeObject() {
        ValueOptions o = new ValueOptions(null, null, null, null,
                List.of("{\"a\": {\"b\": 1}}", "a.c=true", " {\"a\": {\"d\": null}}"), null);
        assertThat(o.merge(source)).isEqualTo(Fixtures.map("a", Fixtures.map("b", 1.0, "c", true, "d", null)));
    }

    @Test
    void errorsNameTheFlagOrTheFile() {
        files.put("bad.yaml", "a: [1\n");
        files.put("list.yaml", "- a\n");
        assertThatThrownBy(() -> new ValueOptions(List.of("bad.yaml"), null, null, null, null, null).merge(source))
                .isInstanceOf(ValuesException.class).hasMessageStartingWith("failed to parse bad.yaml: ")
                .extracting(e -> ((ValuesException) e).file()).isEqualTo("bad.yaml");
        assertThatThrownBy(() -> new ValueOptions(List.of("list.yaml"), null, null, null, null, null).merge(source))
                .hasMessage("failed to parse list.yaml: cannot unmarshal yaml document: error unmarshaling JSON: "
                        + "while decoding JSON: json: cannot unmarshal array into Go value of type "
                        + "map[string]interface {}");
        assertThatThrownBy(() -> new ValueOptions(List.of("nope.yaml"), null, null, null, null, null).merge(source))
                .hasMessage("open nope.yaml: no such file or directory");
        assertThatThrownBy(() -> new ValueOptions(null, List.of("a"), null, null, null, null).merge(source))
                .hasMessage("failed parsing --set data: key \"a\" has no value");
        assertThatThrownBy(() -> new ValueOptions(null, null, List.of("a"), null, null, null).merge(source))
                .hasMessage("failed parsing --set-string data: key \"a\" has no value");
        assertThatThrownBy(() -> new ValueOptions(null, null, null, List.of("a=nope"), null, null).merge(source))
                .hasMessage("failed parsing --set-file data: open nope: no such file or directory");
        assertThatThrownBy(() -> new ValueOptions(null, null, null, null, List.of("a={"), null).merge(source))
                .hasMessage("failed parsing --set-json data a={");
        assertThatThrownBy(() -> new ValueOptions(null, null, null, null, List.of("{\"a\":"), null).merge(source))
                .hasMessage("failed parsing --set-json data JSON: {\"a\":");
        assertThatThrownBy(() -> new ValueOptions(null, null, null, null, null, List.of("a")).merge(source))
                .hasMessage("failed parsing --set-literal data: key \"a\" has no value");
    }

    @Test
    void localSourceReadsFilesAndStdin(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("v.yaml"), "a: 1\n");
        ValueSource local = ValueSource.local(dir, new ByteArrayInputStream("b: 2\n".getBytes()));
        ValueOptions o = new ValueOptions(List.of("v.yaml", "-"), null, null, null, null, null);
        assertThat(o.merge(local)).isEqualTo(yaml("a: 1\nb: 2\n"));
        assertThatThrownBy(() -> local.read("missing.yaml")).hasMessage("open missing.yaml: no such file or directory");
    }

    @Test
    void mergeMapsDoesNotChangeItsInputs() {
        Map<String, Object> a = yaml("m: {x: 1}\n");
        Map<String, Object> b = yaml("m: {y: 2}\n");
        assertThat(ValueOptions.mergeMaps(a, b)).isEqualTo(yaml("m: {x: 1, y: 2}\n"));
        assertThat(a).isEqualTo(yaml("m: {x: 1}\n"));
    }
}
