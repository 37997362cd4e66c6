package io.helm4j.internal.jsonpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helm4j.yaml.GoYaml;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cases of client-go's util/jsonpath/jsonpath_test.go, run over JSON data as Helm hands it over
 * (maps, lists, float64 numbers). Where client-go's case uses a Go struct, the data here is the same
 * object as a JSON map, so JSON output lists its keys sorted (as json.Marshal prints a map), not in the
 * struct's field order; where it uses Go ints, the data holds Longs, since filters compare ints with ints.
 */
class JsonPathTest {
    static String run(String template, Object data) {
        return JsonPath.parse(template).execute(data);
    }

    static String runAllowMissing(String template, Object data) {
        return JsonPath.parse(template).allowMissingKeys(true).execute(data);
    }

    static Object json(String text) {
        return GoYaml.fromJson(text);
    }

    static final Object TYPES = json("""
            {"bools": [true, false, true, false], "integers": [1, 2, 3, 4], "floats": [1.0, 2.2, 3.3, 4.0],
             "strings": ["one", "two", "three", "four"], "interfaces": [true, "one", 1, 1.1],
             "maps": [{"name": "one", "value": 1}, {"name": "two", "value": 2.02},
                      {"name": "three", "value": 3.03}, {"name": "four", "value": 4.04}]}""");

    @Test
    void slicesOfEveryType() {
        assertThat(run("{ .bools }", TYPES)).isEqualTo("[true,false,true,false]");
        assertThat(run("{ .bools[0] }", TYPES)).isEqualTo("true");
        assertThat(run("{ .bools[-1] }", TYPES)).isEqualTo("false");
        assertThat(run("{ .bools[0:2] }", TYPES)).isEqualTo("true false");
        assertThat(run("{ .bools[:2] }", TYPES)).isEqualTo("true false");
        assertThat(run("{ .bools[:4:2] }", TYPES)).isEqualTo("true true");
        assertThat(run("{ .integers }", TYPES)).isEqualTo("[1,2,3,4]");
        assertThat(run("{ .integers[-2] }", TYPES)).isEqualTo("3");
        assertThat(run("{ .integers[:4:2] }", TYPES)).isEqualTo("1 3");
        assertThat(run("{ .floats }", TYPES)).isEqualTo("[1,2.2,3.3,4]");
        assertThat(run("{ .floats[0] }", TYPES)).isEqualTo("1");
        assertThat(run("{ .floats[-2] }", TYPES)).isEqualTo("3.3");
        assertThat(run("{ .floats[:2] }", TYPES)).isEqualTo("1 2.2");
        assertThat(run("{ .strings }", TYPES)).isEqualTo("[\"one\",\"two\",\"three\",\"four\"]");
        assertThat(run("{ .strings[-2] }", TYPES)).isEqualTo("three");
        assertThat(run("{ .strings[:4:2] }", TYPES)).isEqualTo("one three");
        assertThat(run("{ .interfaces }", TYPES)).isEqualTo("[true,\"one\",1,1.1]");
        assertThat(run("{ .interfaces[0:2] }", TYPES)).isEqualTo("true one");
        assertThat(run("{ .interfaces[:4:2] }", TYPES)).isEqualTo("true 1");
        assertThat(run("{ .maps }", TYPES)).isEqualTo("[{\"name\":\"one\",\"value\":1},{\"name\":\"two\",\"value\":2.02},"
                + "{\"name\":\"three\",\"value\":3.03},{\"name\":\"four\",\"value\":4.04}]");
        assertThat(run("{ .maps[-2] }", TYPES)).isEqualTo("{\"name\":\"three\",\"value\":3.03}");
        assertThat(run("{ .maps[::2] }", TYPES)).isEqualTo("{\"name\":\"one\",\"value\":1} {\"name\":\"three\",\"value\":3.03}");
        assertThat(run("{ .maps[1::2] }", TYPES)).isEqualTo("{\"name\":\"two\",\"value\":2.02} {\"name\":\"four\",\"value\":4.04}");
    }

    /** client-go's storeData, as JSON. */
    static final Object STORE = json("""
            {"Name": "jsonpath",
             "Book": [{"Category": "reference", "Author": "Nigel Rees", "Title": "Sayings of the Centurey", "Price": 8.95},
                      {"Category": "fiction", "Author": "Evelyn Waugh", "Title": "Sword of Honour", "Price": 12.99},
                      {"Category": "fiction", "Author": "Herman Melville", "Title": "Moby Dick", "Price": 8.99}],
             "Bicycle": [{"Color": "red", "Price": 19.95, "IsNew": true}, {"Color": "green", "Price": 20.01, "IsNew": false}],
             "Labels": {"engieer": 10, "web/html": 15, "k8s-app": 20},
             "Employees": {"jason": "manager", "dan": "clerk"}}""");

    @Test
    void storeCases() {
        assertThat(run("hello jsonpath", null)).isEqualTo("hello jsonpath");
        assertThat(run("{..}", List.of(1L, 2L, 3L))).isEqualTo("[1,2,3]");
        assertThat(run("{[?(@<5)]}", List.of(2L, 6L, 3L, 7L))).isEqualTo("2 3");
        assertThat(run("{\"{\"}", null)).isEqualTo("{");
        assertThat(run("{[1,3,4]}", List.of(0L, 1L, 2L, 3L, 4L))).isEqualTo("1 3 4");
        assertThat(run("{[0:2]}", List.of("Monday", "Tudesday"))).isEqualTo("Monday Tudesday");
        assertThat(run("hello {.Name}", STORE)).isEqualTo("hello jsonpath");
        assertThat(run("{$.Labels.web/html}", STORE)).isEqualTo("15");
        assertThat(run("{$.Employees.jason}", STORE)).isEqualTo("manager");
        assertThat(run("{.Labels.k8s-app}", STORE)).isEqualTo("20");
        assertThat(run("{.Bicycle[*].Color}", STORE)).isEqualTo("red green");
        assertThat(run("{.Book[*].Author}", STORE)).isEqualTo("Nigel Rees Evelyn Waugh Herman Melville");
        // the struct's fields in key order (a map), where client-go's struct gives "{red 19.95 true} ..."
        assertThat(run("{range .Bicycle[*]}{ \"{\" }{ @.* }{ \"} \" }{end}", STORE))
                .isEqualTo("{red true 19.95} {green false 20.01} ");
        assertThat(run("{..Price}", STORE)).isEqualTo("19.95 20.01 8.95 12.99 8.99"); // Bicycle sorts before Book
        assertThat(run("{...Price}", STORE)).isEqualTo("19.95 20.01 8.95 12.99 8.99");
        assertThatThrownBy(() -> JsonPath.parse("{............................................................Price}"))
                .hasMessage("invalid multiple recursive descent");
        assertThat(run("{.Bicycle}", STORE))
                .isEqualTo("[{\"Color\":\"red\",\"IsNew\":true,\"Price\":19.95},{\"Color\":\"green\",\"IsNew\":false,\"Price\":20.01}]");
        assertThat(run("{range .Bicycle[*]}{ @ }{ \" \" }{end}", STORE))
                .isEqualTo("{\"Color\":\"red\",\"IsNew\":true,\"Price\":19.95} {\"Color\":\"green\",\"IsNew\":false,\"Price\":20.01} ");
        String moby = "{\"Author\":\"Herman Melville\",\"Category\":\"fiction\",\"Price\":8.99,\"Title\":\"Moby Dick\"}";
        assertThat(run("{.Book[-1:]}", STORE)).isEqualTo(moby);
        assertThat(run("{..Book[2]}", STORE)).isEqualTo(moby);
        assertThat(run("{.Bicycle[?(@.IsNew==true)]}", STORE)).isEqualTo("{\"Color\":\"red\",\"IsNew\":true,\"Price\":19.95}");
    }

    @Test
    void missingKeysCanBeAllowed() {
        assertThat(runAllowMissing("{.hello}", STORE)).isEmpty();
        assertThat(runAllowMissing("before-{.hello}after", STORE)).isEqualTo("before-after");
    }

    @Test
    void failuresHaveClientGosMessages() {
        assertThatThrownBy(() -> run("{hello}", STORE)).hasMessage("unrecognized identifier hello");
        assertThatThrownBy(() -> run("{.hello}", STORE)).hasMessage("hello is not found");
        assertThatThrownBy(() -> run("{.Labels[0]}", STORE)).hasMessage("map[string]interface {} is not array or slice");
        assertThatThrownBy(() -> run("{.Book[?(@.Price<>10)]}", STORE)).hasMessage("unrecognized filter operator <>");
        assertThatThrownBy(() -> run("{range .Labels.*}{@}{end}{end}", STORE)).hasMessage("not in range, nothing to end");
    }

    static final Object POINTS = json("""
            [{"id": "i1", "x":4, "y":-5}, {"id": "i2", "x":-2, "y":-5, "z":1}, {"id": "i3", "x":  8, "y":  3 },
             {"id": "i4", "x": -6, "y": -1 }, {"id": "i5", "x":  0, "y":  2, "z": 1 }, {"id": "i6", "x":  1, "y":  4 }]""");

    @Test
    void jsonInput() {
        assertThat(run("{[?(@.z)].id}", POINTS)).isEqualTo("i2 i5");
        assertThat(run("{[0]['id']}", POINTS)).isEqualTo("i1");
    }

    static final Object NODES = json("""
            {"kind": "List",
             "items":[
               {"kind":"None", "metadata":{"name":"127.0.0.1", "labels":{"kubernetes.io/hostname":"127.0.0.1"}},
                "status":{"capacity":{"cpu":"4"}, "ready": true, "addresses":[{"type": "LegacyHostIP", "address":"127.0.0.1"}]}},
               {"kind":"None", "metadata":{"name":"127.0.0.2", "labels":{"kubernetes.io/hostname":"127.0.0.2"}},
                "status":{"capacity":{"cpu":"8"}, "ready": false,
                  "addresses":[{"type": "LegacyHostIP", "address":"127.0.0.2"}, {"type": "another", "address":"127.0.0.3"}]}}],
             "users":[{"name": "myself", "user": {}}, {"name": "e2e", "user": {"username": "admin", "password": "secret"}}]}""");

    @Test
    void kubernetesCases() {
        assertThat(run("{range .items[*]}{.metadata.name}, {end}{.kind}", NODES)).isEqualTo("127.0.0.1, 127.0.0.2, List");
        assertThat(run("{range .items[*]}{.metadata.name}{\"\\t\"}{end}", NODES)).isEqualTo("127.0.0.1\t127.0.0.2\t");
        assertThat(run("{.items[*].status.addresses[*].address}", NODES)).isEqualTo("127.0.0.1 127.0.0.2 127.0.0.3");
        assertThat(run("{range .items[*]}{range .status.addresses[*]}{.address}, {end}{end}", NODES))
                .isEqualTo("127.0.0.1, 127.0.0.2, 127.0.0.3, ");
        assertThat(run("{.items[*].metadata.name}", NODES)).isEqualTo("127.0.0.1 127.0.0.2");
        assertThat(run("{.items[*]['metadata.name', 'status.capacity']}", NODES))
                .isEqualTo("127.0.0.1 127.0.0.2 {\"cpu\":\"4\"} {\"cpu\":\"8\"}");
        assertThat(run("{range .items[*]}[{.metadata.name}, {.status.capacity}] {end}", NODES))
                .isEqualTo("[127.0.0.1, {\"cpu\":\"4\"}] [127.0.0.2, {\"cpu\":\"8\"}] ");
        assertThat(run("{.users[?(@.name==\"e2e\")].user.password}", NODES)).isEqualTo("secret");
        assertThat(run("{.items[0].metadata.labels.kubernetes\\.io/hostname}", NODES)).isEqualTo("127.0.0.1");
        assertThat(run("{.items[?(@.metadata.labels.kubernetes\\.io/hostname==\"127.0.0.1\")].kind}", NODES))
                .isEqualTo("None");
        assertThat(run("{.items[?(@..ready==true)].metadata.name}", NODES)).isEqualTo("127.0.0.1");
        List<String> names = new ArrayList<>(Arrays.asList(run("{..name}", NODES).split(" ")));
        names.sort(null);
        assertThat(names).containsExactly("127.0.0.1", "127.0.0.2", "e2e", "myself");
    }

    @Test
    void emptyRanges() {
        Object empty = json("{\"items\":[]}");
        assertThat(runAllowMissing("{range .items[*]}{.metadata.name}{end}", empty)).isEmpty();
        assertThat(runAllowMissing("{range .items[*]}{.metadata.name}{\":\"}{range @.spec.containers[*]}{.name}"
                + "{\",\"}{end}{\"+\"}{end}", empty)).isEmpty();
    }

    static final Object PODS = json("""
            {"items": [
              {"metadata": {"name": "pod1"}, "spec": {"containers": [
                {"name": "foo", "another": [{ "name": "value1" }, { "name": "value2" }]},
                {"name": "bar", "another": [{ "name": "value1" }, { "name": "value2" }]}]}},
              {"metadata": {"name": "pod2"}, "spec": {"containers": [
                {"name": "baz", "another": [{ "name": "value1" }, { "name": "value2" }]}]}}]}""");

    @Test
    void nestedRanges() {
        assertThat(run("{range .items[*]}{.metadata.name}{\":\"}{range @.spec.containers[*]}{.name}{\",\"}{end}"
                + "{\"+\"}{end}", PODS)).isEqualTo("pod1:foo,bar,+pod2:baz,+");
        assertThat(run("{range .items[*]}{.metadata.name}{\"~\"}{range @.spec.containers[*]}{.name}{\":\"}"
                + "{range @.another[*]}{.name}{\",\"}{end}{\"+\"}{end}{\"#\"}{end}", PODS))
                .isEqualTo("pod1~foo:value1,value2,+bar:value1,value2,+#pod2~baz:value1,value2,+#");
        assertThat(run("{range .items[*]}{.metadata.name}{\"\\t\"}{range @.spec.containers[*]}{.name}{\" \"}{end}"
                + "{\"\\t\"}{range @.spec.containers[*]}{.name}{\" \"}{end}{\"\\n\"}{end}", PODS))
                .isEqualTo("pod1\tfoo bar \tfoo bar \npod2\tbaz \tbaz \n");
    }

    @Test
    void filtersOnPartlyMissingFields() {
        Object data = json("""
                {"kind": "List", "items": [
                  {"kind": "Pod", "metadata": {"name": "pod1", "annotations": {"color": "blue"}}},
                  {"kind": "Pod", "metadata": {"name": "pod2"}},
                  {"kind": "Pod", "metadata": {"name": "pod3", "annotations": {"color": "green"}}},
                  {"kind": "Pod", "metadata": {"name": "pod4", "annotations": {"color": "blue"}}}]}""");
        String t = "{.items[?(@.metadata.annotations.color==\"blue\")].metadata.name}";
        assertThat(runAllowMissing(t, data)).isEqualTo("pod1 pod4");
        assertThatThrownBy(() -> run(t, data)).isInstanceOf(JsonPathException.class);
    }

    static Object containers(int n) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(Map.of("image", "radial/busyboxplus:curl", "name", "fake" + i));
        }
        return Map.of("apiVersion", "v1", "kind", "Pod", "spec", Map.of("containers", list));
    }

    @Test
    void negativeIndexes() {
        Object data = containers(4);
        assertThat(run("{.spec.containers[0].name}", data)).isEqualTo("fake0");
        assertThat(run("{.spec.containers[0:0].name}", data)).isEmpty();
        assertThat(run("{.spec.containers[0:-1].name}", data)).isEqualTo("fake0 fake1 fake2");
        assertThatThrownBy(() -> run("{.spec.containers[-1:0].name}", data)).isInstanceOf(JsonPathException.class);
        assertThat(run("{.spec.containers[-1].name}", data)).isEqualTo("fake3");
        assertThat(run("{.spec.containers[-1:].name}", data)).isEqualTo("fake3");
        assertThat(run("{.spec.containers[-2].name}", data)).isEqualTo("fake2");
        assertThat(run("{.spec.containers[-2:].name}", data)).isEqualTo("fake2 fake3");
        assertThat(run("{.spec.containers[-3].name}", data)).isEqualTo("fake1");
        assertThat(run("{.spec.containers[-4].name}", data)).isEqualTo("fake0");
        assertThat(run("{.spec.containers[-4:].name}", data)).isEqualTo("fake0 fake1 fake2 fake3");
        assertThatThrownBy(() -> run("{.spec.containers[-5].name}", data))
                .hasMessage("array index out of bounds: index -1, length 4");
        assertThat(run("{.spec.containers[5:5].name}", data)).isEmpty();
        assertThat(run("{.spec.containers[-5:-5].name}", data)).isEmpty();
        assertThatThrownBy(() -> run("{.spec.containers[3:1].name}", data))
                .hasMessage("starting index 3 is greater than ending index 1");
        assertThatThrownBy(() -> run("{.spec.containers[-1:-2].name}", data)).isInstanceOf(JsonPathException.class);
    }

    @Test
    void rangeOverAFilter() {
        Object data = json("""
                {"kind": "List", "items": [
                  {"kind": "Pod", "metadata": {"name": "pod1"}, "status": {"phase": "Running"}},
                  {"kind": "Pod", "metadata": {"name": "pod2"}, "status": {"phase": "Running"}},
                  {"kind": "Pod", "metadata": {"name": "pod3"}, "status": {"phase": "Running"}},
                  {"resourceVersion": ""}]}""");
        assertThat(runAllowMissing("{range .items[?(.status.phase==\"Running\")]}{.metadata.name}{\" is Running\\n\"}{end}",
                data)).isEqualTo("pod1 is Running\npod2 is Running\npod3 is Running\n");
    }

    @Test
    void steps() {
        Object data = containers(6);
        assertThat(run("{.spec.containers[0:].name}", data)).isEqualTo("fake0 fake1 fake2 fake3 fake4 fake5");
        assertThat(run("{.spec.containers[0:6:].name}", data)).isEqualTo("fake0 fake1 fake2 fake3 fake4 fake5");
        assertThat(run("{.spec.containers[0:6:1].name}", data)).isEqualTo("fake0 fake1 fake2 fake3 fake4 fake5");
        assertThatThrownBy(() -> run("{.spec.containers[0:6:0].name}", data)).hasMessage("step must be > 0");
        assertThatThrownBy(() -> run("{.spec.containers[0:6:-1].name}", data)).hasMessage("step must be > 0");
        assertThat(run("{.spec.containers[1:4:2].name}", data)).isEqualTo("fake1 fake3");
        assertThat(run("{.spec.containers[1:4:3].name}", data)).isEqualTo("fake1");
        assertThat(run("{.spec.containers[1:4:4].name}", data)).isEqualTo("fake1");
        assertThat(run("{.spec.containers[0:6:2].name}", data)).isEqualTo("fake0 fake2 fake4");
        assertThat(run("{.spec.containers[0:6:3].name}", data)).isEqualTo("fake0 fake3");
        assertThat(run("{.spec.containers[0:6:5].name}", data)).isEqualTo("fake0 fake5");
        assertThat(run("{.spec.containers[0:6:6].name}", data)).isEqualTo("fake0");
    }

    @Test
    void parseErrorsHaveClientGosMessages() {
        assertThatThrownBy(() -> JsonPath.parse("{.a")).hasMessage("unclosed action");
        assertThatThrownBy(() -> JsonPath.parse("{.a[0}")).hasMessage("unterminated array");
        assertThatThrownBy(() -> JsonPath.parse("{.a[x]}")).hasMessage("invalid array index x");
        assertThatThrownBy(() -> JsonPath.parse("{.a[?(@.b==1}")).hasMessage("unterminated filter");
        assertThatThrownBy(() -> JsonPath.parse("{\"abc}")).hasMessage("unterminated quoted string");
        assertThatThrownBy(() -> JsonPath.parse("{.a ~}")).hasMessage("unrecognized character in action: U+007E '~'");
        assertThatThrownBy(() -> JsonPath.parse("{1.2.3}")).hasMessage("cannot parse number 1.2.3");
    }

    @Test
    void comparisonsFollowGosTypes() {
        Object data = json("{\"a\": [{\"x\": 1, \"n\": \"one\"}, {\"x\": 2, \"n\": \"two\"}]}");
        // JSON numbers are float64: compared with a float literal, not with an int one (kubectl's quirk)
        assertThat(run("{.a[?(@.x==2.0)].n}", data)).isEqualTo("two");
        assertThatThrownBy(() -> run("{.a[?(@.x==2)].n}", data)).hasMessage("incompatible types for comparison");
        assertThat(run("{.a[?(@.n!=\"one\")].x}", data)).isEqualTo("2");
        assertThat(run("{.a[?(@.n>=\"one\")].x}", data)).isEqualTo("1 2");
        assertThat(run("{.a[?(@.x<1.5)].n}", data)).isEqualTo("one");
    }
}
