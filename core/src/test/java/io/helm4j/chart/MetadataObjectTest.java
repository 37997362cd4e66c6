package io.helm4j.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.gotemplate.GoObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataObjectTest {
    private final Metadata md = ChartLoader.loadChart(Fixtures.chart("basic")).metadata();

    @Test
    void helm4TemplateMapUsesGoFieldNamesWithEveryFieldPresent() {
        Map<String, Object> m = MetadataObject.templateMap(md);
        assertThat(m.keySet()).containsExactly("Name", "Home", "Sources", "Version", "Description", "Keywords",
                "Maintainers", "Icon", "APIVersion", "Condition", "Tags", "AppVersion", "Deprecated", "Annotations",
                "KubeVersion", "Dependencies", "Type");
        assertThat(m).containsEntry("Name", "basic").containsEntry("Version", "1.0.0")
                .containsEntry("AppVersion", "2.3").containsEntry("APIVersion", "v2").containsEntry("Deprecated", false)
                .containsEntry("Home", "").containsEntry("Sources", List.of());
        assertThat(m.get("Maintainers")).isEqualTo(List.of(Map.of("Name", "Jane", "Email", "jane@example.com",
                "URL", "")));
        @SuppressWarnings("unchecked")
        Map<String, Object> dep = ((List<Map<String, Object>>) m.get("Dependencies")).get(0);
        assertThat(dep).containsEntry("Name", "sub").containsEntry("Enabled", false)
                .containsEntry("Tags", List.of("backend")).containsEntry("Alias", "");
        assertThat(m.get("Annotations")).isEqualTo(Map.of("category", "demo"));
    }

    @Test
    void helm3StructViewHasGoFieldsOnly() {
        MetadataObject o = MetadataObject.of(md);
        assertThat(o.goTypeName()).isEqualTo("*chart.Metadata");
        assertThat(o.hasField("AppVersion")).isTrue();
        assertThat(o.hasField("appVersion")).isFalse();
        assertThat(o.field("Name")).isEqualTo("basic");
        Object maintainer = ((List<?>) o.field("Maintainers")).get(0);
        assertThat(maintainer).isInstanceOf(GoObject.class);
        assertThat(((GoObject) maintainer).goTypeName()).isEqualTo("*chart.Maintainer");
        assertThat(((GoObject) maintainer).field("Email")).isEqualTo("jane@example.com");
    }

    @Test
    void jsonFormFollowsJsonTagsAndOmitEmpty() {
        Map<String, Object> json = MetadataObject.of(md).toJsonMap();
        assertThat(json).containsEntry("name", "basic").containsEntry("apiVersion", "v2")
                .containsEntry("appVersion", "2.3").doesNotContainKeys("home", "deprecated", "type", "icon");
        assertThat(json.get("maintainers")).isEqualTo(List.of(Map.of("name", "Jane", "email", "jane@example.com")));
        @SuppressWarnings("unchecked")
        Map<String, Object> dep = ((List<Map<String, Object>>) json.get("dependencies")).get(0);
        assertThat(dep).containsEntry("name", "sub").containsEntry("repository", "file://charts/sub")
                .containsEntry("import-values", List.of("data", Map.of("child", "a", "parent", "b")))
                .doesNotContainKeys("enabled", "alias");
    }

    @Test
    void emptyMetadataGivesEmptyCollectionsNotNulls() {
        Metadata bare = ChartLoader.create().loadFiles(List.of(new ChartFile("Chart.yaml",
                Fixtures.chartYaml("bare", "0.1.0").getBytes()))).metadata();
        Map<String, Object> m = MetadataObject.templateMap(bare);
        assertThat(m.get("Maintainers")).isEqualTo(List.of());
        assertThat(m.get("Dependencies")).isEqualTo(List.of());
        assertThat(m.get("Annotations")).isEqualTo(Map.of());
        assertThat(MetadataObject.of(bare).toJsonMap()).containsOnlyKeys("name", "version", "apiVersion");
    }

    @Test
    void withersKeepEverythingElse() {
        Chart c = ChartLoader.loadChart(Fixtures.chart("basic"));
        Chart d = c.withValues(Map.of("a", 1)).withDependencies(List.of()).withMetadata(md.withDependencies(List.of()));
        assertThat(d.raw()).isEqualTo(c.raw());
        assertThat(d.values()).isEqualTo(Map.of("a", 1));
        assertThat(d.metadata().dependencies()).isEmpty();
        assertThat(d.metadata().maintainers()).isEqualTo(md.maintainers());
    }
}
