package io.helm4j.bench;

/** A generated {@code index.yaml} shaped like Bitnami's: 150 charts, {@code versions / 150} versions each. */
public final class SyntheticIndex {
    private SyntheticIndex() {
    }

    public static String yaml(int versions) {
        int charts = 150;
        int perChart = Math.max(1, versions / charts);
        StringBuilder b = new StringBuilder(versions * 2200).append("apiVersion: v1\nentries:\n");
        for (int c = 0; c < charts; c++) {
            String name = (c == 7 ? "postgresql" : "chart") + c;
            b.append("  ").append(name).append(":\n");
            for (int v = perChart; v > 0; v--) {
                String version = (v / 100) + "." + (v / 10 % 10) + "." + (v % 10);
                b.append("  - annotations:\n")
                        .append("      category: Database\n")
                        .append("      images: |\n        - name: ").append(name).append("\n          image: docker.io/bitnami/")
                        .append(name).append(":").append(version).append("-debian-12-r0\n")
                        .append("      licenses: Apache-2.0\n")
                        .append("    apiVersion: v2\n")
                        .append("    appVersion: ").append(version).append("\n")
                        .append("    created: \"2024-0").append(1 + v % 9).append("-1").append(v % 10)
                        .append("T10:11:12.123456789Z\"\n")
                        .append("    dependencies:\n    - name: common\n      repository: oci://registry-1.docker.io/bitnamicharts\n")
                        .append("      tags:\n      - bitnami-common\n      version: 2.x.x\n")
                        .append("    description: ").append(name).append(" is a packaged application that does many ")
                        .append("useful things, described at some length as Bitnami's charts are.\n")
                        .append("    digest: ").append(String.format("%064x", (long) c * 100000 + v)).append("\n")
                        .append("    home: https://bitnami.com\n")
                        .append("    icon: https://bitnami.com/assets/stacks/").append(name).append("/img/icon.png\n")
                        .append("    keywords:\n    - ").append(name).append("\n    - database\n    - sql\n")
                        .append("    maintainers:\n    - name: Broadcom, Inc. All Rights Reserved.\n")
                        .append("      url: https://github.com/bitnami/charts\n")
                        .append("    name: ").append(name).append("\n")
                        .append("    sources:\n    - https://github.com/bitnami/charts/tree/main/bitnami/").append(name)
                        .append("\n")
                        .append("    urls:\n    - https://charts.bitnami.com/bitnami/").append(name).append("-")
                        .append(version).append(".tgz\n")
                        .append("    version: ").append(version).append("\n");
            }
        }
        return b.append("generated: \"2024-10-01T00:00:00Z\"\n").toString();
    }
}
