#!/bin/bash
# generate.sh: renders every line of cases.txt with the real Helm 4.3.2 into
# ../../resources/io/helm4j/engine/execerrors-expected.tsv, for Helm 4's several-line execution errors
# (pkg/engine reformatExecErrorMsg) and the errors it leaves on one line. A line holds a chart's templates, `\n`
# standing for a newline, ` @@ ` between files: templates/t.yaml, then templates/_helpers.tpl, then the subchart
# sub's templates/s.yaml (values.yaml and sub's below). Each row: the line, then for `helm template r c`, `helm template
# r c --debug` (stderr without its level= log lines), `helm lint c` and `helm install r c --dry-run=client`, each as
# EXIT CODE \t base64 of stdout \t base64 of stderr (template --debug's stdout left empty).
# ExecErrorsOracleTest (core) and ExecErrorsCliOracleTest (cli) read it.
# Needs Helm 4.3.2: $HELM4, else ~/.cache/helm4/v4.3.2/helm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
helm="${HELM4:-$HOME/.cache/helm4/v4.3.2/helm}"
out="$here/../../resources/io/helm4j/engine/execerrors-expected.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home"
: > "$out"
b64() { base64 -w0 < "$1"; }
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in ''|'#'*) continue ;; esac
  d="$work/c"
  rm -rf "$d" && mkdir -p "$d/templates" "$d/charts/sub/templates"
  printf 'apiVersion: v2\nname: c\nversion: 0.1.0\ndependencies:\n- name: sub\n  version: 0.1.0\n' > "$d/Chart.yaml"
  printf 'apiVersion: v2\nname: sub\nversion: 0.1.0\n' > "$d/charts/sub/Chart.yaml"
  printf 's: str\nn: 3\nlist: [1, 2]\nm:\n  k: v\n  inner:\n    z: 1\nempty: ""\nsub:\n  a: 1\n' > "$d/values.yaml"
  printf 'a: 0\nb: [x]\n' > "$d/charts/sub/values.yaml"
  text="${line//\\n/$'\n'}"
  files=("templates/t.yaml" "templates/_helpers.tpl" "charts/sub/templates/s.yaml")
  i=0
  while :; do
    part="${text%% @@ *}"
    printf '%s\n' "$part" > "$d/${files[$i]}"
    [ "$part" = "$text" ] && break
    text="${text#* @@ }"
    i=$((i + 1))
  done
  row="$line"
  for cmd in "template r c" "template r c --debug" "lint c" "install r c --dry-run=client"; do
    set +e
    (cd "$work" && "$helm" $cmd > "$work/o" 2> "$work/e")
    code=$?
    set -e
    case "$cmd" in template*--debug) : > "$work/o" ;; esac
    case "$cmd" in *--debug) grep -v '^level=' "$work/e" > "$work/e2" || true; mv "$work/e2" "$work/e" ;; esac
    row="$row	$code	$(b64 "$work/o")	$(b64 "$work/e")"
  done
  printf '%s\n' "$row" >> "$out"
done < "$here/cases.txt"
echo "wrote $(wc -l < "$out") cases to $out ($("$helm" version --short))" >&2
