{{ define "lib" }}{{ end }}
