#!/usr/bin/env bash
# Regenerates the differential expectations of the yaml package from the reference Helm. Every
# values/<name>.yaml is rendered through a probe chart:
#   generate.sh [name-prefix]         chart/ (toJson and toYaml of .Values) into expected/<name>.txt,
#                                     "#JSON\n<json>\n#YAML\n<yaml>" or "#ERROR\n<message>";
#   generate.sh --toml [name-prefix]  chart-toml/ (toToml of .Values) into expected-toml/<name>.txt,
#                                     the TOML text or "#ERROR\n<message>".
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../../resources/io/helm4j/yaml/oracle"
oracle="${HELM_ORACLE:-$here/../../../../../shared/oracle/helm-oracle}"
[ -x "$oracle" ] || oracle=/work/shared/oracle/helm-oracle
chart=chart expected=expected mode=yaml
if [ "${1:-}" = --toml ]; then
  chart=chart-toml expected=expected-toml mode=toml
  shift
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/cases" "$tmp/out"
for v in "$root"/values/${1:-}*.yaml; do
  n="$(basename "$v" .yaml)"
  printf '{"chart":"%s","releaseName":"x","namespace":"default","valuesFiles":["values/%s.yaml"]}\n' "$chart" "$n" \
    > "$tmp/cases/$n.json"
done
"$oracle" batch "$tmp/cases" "$root" "$tmp/out" > "$tmp/log.txt" || true
python3 - "$tmp/out" "$root/$expected" "$mode" <<'PY'
import os, re, sys
out, exp, mode = sys.argv[1], sys.argv[2], sys.argv[3]
def unesc(s):
    return re.sub(r"<U\+([0-9A-F]{4})>", lambda m: chr(int(m.group(1), 16)), s).replace("<CR>", "\r")
for f in sorted(os.listdir(out)):
    p = os.path.join(out, f)
    text = open(p, encoding="utf-8", newline="").read()
    if f.endswith(".error.txt"):
        name = f[:-len(".error.txt")]
        msg = text[len("Error: "):] if text.startswith("Error: ") else text
        marker = "/values/" + name + ".yaml: "
        if msg.startswith("failed to parse ") and marker in msg:
            msg = msg[msg.index(marker) + len(marker):]
        body = "#ERROR\n" + msg.rstrip("\n")
    else:
        name = f[:-len(".yaml")]
        lines = text.split("\n")
        i = lines.index("kind: Probe")
        lines = lines[i + 1:]
        lines = lines[:lines.index("#---END---")]
        if mode == "toml":
            body = unesc("\n".join(l[1:] for l in lines))
        else:
            j = lines.index("#---YAML---")
            js = "\n".join(l[1:] for l in lines[:j])
            ym = "\n".join(l[1:] for l in lines[j + 1:])
            body = "#JSON\n" + unesc(js) + "\n#YAML\n" + unesc(ym)
    with open(os.path.join(exp, name + ".txt"), "w", encoding="utf-8", newline="") as w:
        w.write(body)
PY
grep -c . "$tmp/log.txt" >/dev/null && tail -1 "$tmp/log.txt"
