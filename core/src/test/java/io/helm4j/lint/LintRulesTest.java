package io.helm4j.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.chart.common.KubeVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small pieces of the rules, one behaviour each. */
class LintRulesTest {
    @Test
    void documentsSplitOnSeparatorLinesOnly() {
        assertThat(KubeDocuments.split("a: 1\n---\nb: 2\n--- # c\nc: 3\n---x\n"))
                .containsExactly("a: 1\n", "b: 2\n", "c: 3\n---x\n");
        assertThat(KubeDocuments.split("---\n---\n")).isEmpty();
    }

    @Test
    void deprecationsDependOnTheKubernetesVersion() {
        KubeObject hpa = new KubeObject("autoscaling/v2beta1", "HorizontalPodAutoscaler", "x", "");
        assertThat(Deprecations.check(hpa, LintConfig.UNLINKED_BASELINE)).isNull();
        assertThat(Deprecations.check(hpa, KubeVersion.parse("1.21.0"))).isNull();
        assertThat(Deprecations.check(hpa, KubeVersion.parse("1.22.0"))).isEqualTo("autoscaling/v2beta1 "
                + "HorizontalPodAutoscaler is deprecated in v1.22+, unavailable in v1.25+; use autoscaling/v2 "
                + "HorizontalPodAutoscaler");
        // Helm 4's released binary checks against the version it was built with, as its default capabilities.
        assertThat(Deprecations.check(hpa, KubeVersion.DEFAULT)).startsWith("autoscaling/v2beta1 ");
        assertThat(Deprecations.check(new KubeObject("v1", "ComponentStatus", "x", ""), LintConfig.UNLINKED_BASELINE))
                .isEqualTo("v1 ComponentStatus is deprecated in v1.19+");
        assertThat(Deprecations.check(new KubeObject("apps/v1", "Deployment", "x", ""), KubeVersion.DEFAULT)).isNull();
        assertThat(Deprecations.check(new KubeObject("example.com/v1beta1", "Ingress", "x", ""), KubeVersion.DEFAULT))
                .isNull();
    }

    @Test
    void deprecationsFollowKubernetesGeneratedLifecycles() {
        KubeVersion v122 = KubeVersion.parse("1.22.0");
        // networking/v1beta1/zz_generated.prerelease-lifecycle.go: the list types share the lifecycle
        assertThat(Deprecations.check(new KubeObject("networking.k8s.io/v1beta1", "IngressList", "x", ""), v122))
                .isEqualTo("networking.k8s.io/v1beta1 IngressList is deprecated in v1.19+, unavailable in v1.22+; "
                        + "use networking.k8s.io/v1 IngressList");
        assertThat(Deprecations.check(new KubeObject("networking.k8s.io/v1beta1", "IngressClass", "x", ""), v122))
                .endsWith("; use networking.k8s.io/v1 IngressClassList");
        // admissionregistration/v1beta1: webhook configuration lists
        assertThat(Deprecations.check(new KubeObject("admissionregistration.k8s.io/v1beta1",
                "MutatingWebhookConfigurationList", "x", ""), v122)).isEqualTo("admissionregistration.k8s.io/v1beta1 "
                        + "MutatingWebhookConfigurationList is deprecated in v1.16+, unavailable in v1.22+; use "
                        + "admissionregistration.k8s.io/v1 MutatingWebhookConfigurationList");
        // admissionregistration/v1alpha1: the admission policies are deprecated; MutatingAdmissionPolicy has no tag
        KubeVersion v135 = KubeVersion.parse("1.35.0");
        assertThat(Deprecations.check(new KubeObject("admissionregistration.k8s.io/v1alpha1",
                "ValidatingAdmissionPolicyBinding", "x", ""), KubeVersion.parse("1.29.0")))
                .isEqualTo("admissionregistration.k8s.io/v1alpha1 ValidatingAdmissionPolicyBinding is deprecated in "
                        + "v1.29+, unavailable in v1.32+; use admissionregistration.k8s.io/v1 "
                        + "ValidatingAdmissionPolicyBinding");
        assertThat(Deprecations.check(new KubeObject("admissionregistration.k8s.io/v1alpha1",
                "MutatingAdmissionPolicy", "x", ""), v135)).isNull();
        // flowcontrol/v1beta3
        assertThat(Deprecations.check(new KubeObject("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchemaList", "x",
                ""), KubeVersion.parse("1.28.0"))).isNull();
        assertThat(Deprecations.check(new KubeObject("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchemaList", "x",
                ""), KubeVersion.parse("1.29.0"))).isEqualTo("flowcontrol.apiserver.k8s.io/v1beta3 FlowSchemaList is "
                        + "deprecated in v1.29+, unavailable in v1.32+; use flowcontrol.apiserver.k8s.io/v1 FlowSchemaList");
        // apiserver's IsDeprecated: a current version of 0.0 means "unknown", and everything deprecated counts
        assertThat(Deprecations.check(new KubeObject("batch/v1beta1", "CronJob", "x", ""),
                new KubeVersion("v0.0.0", "0", "0"))).startsWith("batch/v1beta1 CronJob is deprecated");
        assertThat(Deprecations.check(new KubeObject("batch/v1beta1", "CronJob", "x", ""),
                new KubeVersion("v0.9.0", "0", "9"))).isNull();
        // Kubernetes 1.33-era betas are deprecated by the default Kubernetes version
        assertThat(Deprecations.check(new KubeObject("networking.k8s.io/v1beta1", "ServiceCIDR", "x", ""), v135))
                .isEqualTo("networking.k8s.io/v1beta1 ServiceCIDR is deprecated in v1.34+, unavailable in v1.37+; use "
                        + "networking.k8s.io/v1 ServiceCIDR");
    }

    @Test
    void theDeprecationTableIsConsistent() {
        assertThat(Deprecations.table()).hasSizeGreaterThan(100);
        Deprecations.table().forEach((gvk, l) -> {
            assertThat(l.removedMinor() == 0 || l.removedMinor() > l.deprecatedMinor()).as(gvk).isTrue();
            String apiVersion = gvk.substring(0, gvk.indexOf(' '));
            if (l.replacement() != null) {
                assertThat(l.replacement()).as(gvk).doesNotStartWith(apiVersion + " ");
                // Kubernetes' quirks (checked by the deprecated-all fixture): IngressClass names IngressClassList
                // as its replacement, CSINodeList names CSINode
                if (!gvk.equals("networking.k8s.io/v1beta1 IngressClass")
                        && !gvk.equals("storage.k8s.io/v1beta1 CSINodeList")) {
                    assertThat(gvk.endsWith("List")).as(gvk).isEqualTo(l.replacement().endsWith("List"));
                }
            }
        });
    }

    @Test
    void namesAreCheckedByKind() {
        assertThat(KubeNames.messages("Service", "1abc")).hasSize(1);
        assertThat(KubeNames.messages("ConfigMap", "1abc")).isEmpty();
        assertThat(KubeNames.messages("ClusterRole", "system:foo")).isEmpty();
        assertThat(KubeNames.messages("Role", "..")).containsExactly("may not be '..'");
        assertThat(KubeNames.messages("CertificateSigningRequest", "ANY")).isEmpty();
        assertThat(KubeNames.messages("Namespace", "a.b")).containsExactly("must not contain dots");
        assertThat(KubeNames.messages("Pod", "x".repeat(254))).containsExactly("must be no more than 253 characters");
    }

    @Test
    void indentedFirstLineIsReported() {
        assertThat(ManifestChecks.topIndent("\n\n  a: 1\n")).isEqualTo("document starts with an illegal indent: "
                + "\"  a: 1\", which may cause parsing problems");
        assertThat(ManifestChecks.topIndent("\n# c\n  a: 1\n")).isNull();
    }

    @Test
    void urlsAndEmailsAsGovalidatorJudgesThem() {
        assertThat(GoValidator.isRequestUrl("https://example.com/icon.png")).isTrue();
        assertThat(GoValidator.isRequestUrl("icon.png")).isFalse();
        assertThat(GoValidator.isRequestUrl("https://exa mple.com")).isFalse();
        assertThat(GoValidator.isEmail("a.b+c@example.com")).isTrue();
        assertThat(GoValidator.isEmail("nope")).isFalse();
        assertThat(GoValidator.isUrl("https://example.com/x")).isTrue();
        assertThat(GoValidator.isUrl("not a url")).isFalse();
    }

    @Test
    void chartNamesMustBeBaseNames() {
        assertThat(ChartfileRules.name("")).isEqualTo("name is required");
        assertThat(ChartfileRules.name("a/b")).isEqualTo("chart name \"a/b\" is invalid");
        // Helm 4 adds the chart-name pattern (pkg/chart/v2/lint/rules/chartfile.go validChartName).
        assertThat(ChartfileRules.name("Upper_Case")).isEqualTo("chart name \"Upper_Case\" is invalid; chart names "
                + "must contain lowercase letters, numbers, and dashes, and must start and end with a lowercase "
                + "letter or number");
        assertThat(List.of("bad.chart", "-badchart", "badchart-", "BadChart").stream().map(ChartfileRules::name))
                .allMatch(m -> m != null && m.contains("is invalid;"));
        assertThat(List.of("badchart", "bad-chart-1", "bad--chart").stream().map(ChartfileRules::name))
                .containsOnlyNulls();
        // Helm 4: a version StrictNewVersion refuses is a warning (chartfile_test.go's cases).
        assertThat(ChartfileRules.strictVersion("")).isEqualTo("version '' is not a valid SemVerV2");
        assertThat(ChartfileRules.strictVersion("1")).isEqualTo("version '1' is not a valid SemVerV2");
        assertThat(ChartfileRules.strictVersion("1.1")).isEqualTo("version '1.1' is not a valid SemVerV2");
        assertThat(List.of("1.1.1", "0.0.1+build", "0.0.1-beta").stream().map(ChartfileRules::strictVersion))
                .containsOnlyNulls();
        assertThat(ChartfileRules.version("0.0.0-0")).isEqualTo("version \"0.0.0-0\" is less than or equal to "
                + "\"0.0.0-0\"");
        assertThat(ChartfileRules.version("1.2")).isNull();
        assertThat(ChartfileRules.version("x")).isEqualTo("version 'x' is not a valid SemVer");
        assertThat(List.of(TemplateRules.extension("templates/a.yaml"), TemplateRules.extension("templates/NOTES"),
                TemplateRules.extension("t.d/x"))).containsExactly(".yaml", "", "");
    }
}
