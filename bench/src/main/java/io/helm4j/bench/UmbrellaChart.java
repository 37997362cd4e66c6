package io.helm4j.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a generated umbrella chart with N subcharts, each with helpers, a Deployment, a Service and a ConfigMap. */
final class UmbrellaChart {
    private UmbrellaChart() {
    }

    static Path write(Path dir, int subcharts) {
        try {
            Path root = dir.resolve("umbrella");
            StringBuilder deps = new StringBuilder();
            for (int i = 0; i < subcharts; i++) {
                String name = "sub" + i;
                deps.append("  - name: ").append(name).append("\n    version: 0.1.0\n");
                writeSubchart(root.resolve("charts").resolve(name), name);
            }
            write(root.resolve("Chart.yaml"), "apiVersion: v2\nname: umbrella\nversion: 1.0.0\ndependencies:\n" + deps);
            write(root.resolve("values.yaml"), "global:\n  env: bench\n");
            write(root.resolve("templates/cm.yaml"),
                    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-umbrella\n"
                            + "data:\n  env: {{ .Values.global.env | quote }}\n");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeSubchart(Path dir, String name) throws IOException {
        write(dir.resolve("Chart.yaml"), "apiVersion: v2\nname: " + name + "\nversion: 0.1.0\nappVersion: \"1.0\"\n");
        write(dir.resolve("values.yaml"), "replicas: 2\nimage:\n  repository: nginx\n  tag: \"1.27\"\n"
                + "labels:\n  team: bench\n  tier: backend\nport: 8080\n");
        write(dir.resolve("templates/_helpers.tpl"), """
                {{- define "%1$s.fullname" -}}
                {{- printf "%%s-%%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
                {{- end -}}
                {{- define "%1$s.labels" -}}
                app.kubernetes.io/name: {{ .Chart.Name }}
                app.kubernetes.io/instance: {{ .Release.Name }}
                {{- with .Values.labels }}
                {{ toYaml . }}
                {{- end }}
                {{- end -}}
                """.formatted(name));
        write(dir.resolve("templates/deployment.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ include "%1$s.fullname" . }}
                  labels:
                    {{- include "%1$s.labels" . | nindent 4 }}
                spec:
                  replicas: {{ .Values.replicas }}
                  template:
                    spec:
                      containers:
                        - name: app
                          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                          env:
                            - name: ENV
                              value: {{ .Values.global.env | quote }}
                """.formatted(name));
        write(dir.resolve("templates/service.yaml"), """
                apiVersion: v1
                kind: Service
                metadata:
                  name: {{ include "%1$s.fullname" . }}
                  labels:
                    {{- include "%1$s.labels" . | nindent 4 }}
                spec:
                  ports:
                    - port: {{ .Values.port }}
                """.formatted(name));
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
